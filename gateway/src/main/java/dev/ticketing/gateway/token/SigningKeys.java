package dev.ticketing.gateway.token;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.keys.BigEndianBigInteger;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.util.KeyUtils;

/**
 * The gateway's RSA signing key and the public keys it publishes. The key comes from
 * {@code ticketing.jwt.signing-key-location} (PEM PKCS#8, classpath or file) or else from
 * {@code ticketing.jwt.signing-key-file}, generated there (RSA 2048, mode 600) when missing. Key ids are RFC 7638
 * JWK thumbprints (SHA-256).
 */
@Startup
@ApplicationScoped
public class SigningKeys {

    /** A public key as the JWKS publishes it. */
    public record PublicJwk(String kty, String kid, String use, String alg, String n, String e) {
    }

    private final PrivateKey signingKey;
    private final String keyId;
    private final List<PublicJwk> published = new ArrayList<>();
    private final List<PublicKey> publicKeys = new ArrayList<>();

    SigningKeys(@ConfigProperty(name = "ticketing.jwt.signing-key-location") Optional<String> location,
            @ConfigProperty(name = "ticketing.jwt.signing-key-file") String file,
            @ConfigProperty(name = "ticketing.jwt.additional-public-key-locations") Optional<List<String>> extra) {
        String pem = location.isPresent() ? read(location.get()) : readOrGenerate(Path.of(file));
        try {
            this.signingKey = KeyUtils.decodePrivateKey(pem);
            RSAPrivateCrtKey crt = (RSAPrivateCrtKey) signingKey;
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            this.keyId = add(publicKey);
            for (String extraLocation : extra.orElse(List.of())) {
                add((RSAPublicKey) KeyUtils.decodePublicKey(read(extraLocation)));
            }
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("The gateway signing key is not a PEM PKCS#8 RSA private key", e);
        }
        Log.infof("Signing access tokens with key id %s", keyId);
    }

    public PrivateKey signingKey() {
        return signingKey;
    }

    public String keyId() {
        return keyId;
    }

    /** Every key that verifies the gateway's tokens, the signing key first. */
    public List<PublicJwk> publishedKeys() {
        return List.copyOf(published);
    }

    public List<PublicKey> publicKeys() {
        return List.copyOf(publicKeys);
    }

    /** The JWK Set, as JSON. */
    public String jwksJson() {
        StringBuilder json = new StringBuilder("{\"keys\":[");
        for (int i = 0; i < published.size(); i++) {
            PublicJwk k = published.get(i);
            json.append(i == 0 ? "" : ",").append("{\"kty\":\"").append(k.kty()).append("\",\"kid\":\"")
                    .append(k.kid()).append("\",\"use\":\"").append(k.use()).append("\",\"alg\":\"")
                    .append(k.alg()).append("\",\"n\":\"").append(k.n()).append("\",\"e\":\"").append(k.e())
                    .append("\"}");
        }
        return json.append("]}").toString();
    }

    private String add(RSAPublicKey key) {
        String kid = new RsaJsonWebKey(key).calculateBase64urlEncodedThumbprint("SHA-256");
        published.add(new PublicJwk("RSA", kid, "sig", "RS256", BigEndianBigInteger.toBase64Url(key.getModulus()),
                BigEndianBigInteger.toBase64Url(key.getPublicExponent())));
        publicKeys.add(key);
        return kid;
    }

    /** A PEM from the classpath ({@code classpath:} prefix optional) or the file system. */
    static String read(String location) {
        String name = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
        Path path = Path.of(name.startsWith("file:") ? name.substring("file:".length()) : name);
        try {
            if (!location.startsWith("classpath:") && Files.isRegularFile(path)) {
                return Files.readString(path, StandardCharsets.US_ASCII);
            }
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            try (InputStream in = loader.getResourceAsStream(name.startsWith("/") ? name.substring(1) : name)) {
                if (in == null) {
                    throw new IllegalStateException("Key not found: " + location);
                }
                return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read key " + location, e);
        }
    }

    private static String readOrGenerate(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII);
            }
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            Path temp = Files.createTempFile(dir, ".signing-key", ".tmp");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temp, pem, StandardCharsets.US_ASCII);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file);
            }
            Log.infof("Generated a new signing key in %s", file.toAbsolutePath());
            // Another instance may have written the file at the same time: use what is there now.
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read or create the signing key file " + file, e);
        }
    }
}
