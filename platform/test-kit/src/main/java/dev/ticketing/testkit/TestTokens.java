package dev.ticketing.testkit;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Access tokens for tests, signed with the test key whose public half the services trust in the test profile
 * ({@code test-keys/public.pem}), and the malformed or forged tokens an attacker would try.
 */
public final class TestTokens {

    public static final String ISSUER = "https://ticketing.local/auth";
    public static final String AUDIENCE = "ticketing-api";
    public static final String KEY_ID = "test-key";

    private TestTokens() {
    }

    /** A user of the suite, as the tests see them. */
    public record TestUser(String id, String username, String name, Set<String> roles) {

        public static TestUser of(String username, String... roles) {
            return new TestUser(UUID.randomUUID().toString(), username, username, Set.of(roles));
        }

        /** A valid bearer token for this user. */
        public String token() {
            return TestTokens.token(this);
        }

        public String bearer() {
            return "Bearer " + token();
        }
    }

    public static String token(TestUser user) {
        return claims(user).sign(key("test-keys/private.pem"));
    }

    private static JwtClaimsBuilder claims(TestUser user) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(user.id())
                .upn(user.username())
                .claim("name", user.name())
                .groups(user.roles())
                .issuedAt(Instant.now())
                .expiresIn(Duration.ofMinutes(10))
                .claim("jti", UUID.randomUUID().toString());
    }

    /** Signed by the right key, but expired ten minutes ago. */
    public static String expired(TestUser user) {
        return claims(user).issuedAt(Instant.now().minusSeconds(1800)).expiresAt(Instant.now().minusSeconds(600))
                .sign(key("test-keys/private.pem"));
    }

    /** Well-formed and unexpired, but signed with a key the suite does not trust. */
    public static String foreignSignature(TestUser user) {
        return claims(user).sign(key("test-keys/attacker-private.pem"));
    }

    /** Signed by the right key, but from another issuer. */
    public static String wrongIssuer(TestUser user) {
        return claims(user).issuer("https://evil.example/auth").sign(key("test-keys/private.pem"));
    }

    /** Signed by the right key, but for another audience. */
    public static String wrongAudience(TestUser user) {
        return claims(user).audience("another-api").sign(key("test-keys/private.pem"));
    }

    /**
     * Well-formed and unexpired, with a header {@code kid} ("no-such-key") that names no published key.
     *
     * <p>Signed with the attacker's key, not the test key: in the test profile the services verify with a single
     * PEM public key ({@code test-keys/public.pem}), and smallrye-jwt ignores {@code kid} for a PEM key (checked:
     * the test key with {@code kid: no-such-key} is accepted). With a JWKS, as in production, an unknown
     * {@code kid} is refused even when the signature would match; here the token must fail either way, so the
     * check stays meaningful under both configurations.
     */
    public static String unknownKeyId(TestUser user) {
        return claims(user).jws().keyId("no-such-key").sign(key("test-keys/attacker-private.pem"));
    }

    /** The same claims with {@code alg: none} and no signature. */
    public static String unsigned(TestUser user) {
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String signed = token(user);
        String payload = signed.split("\\.")[1];
        return header + "." + payload + ".";
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static PrivateKey key(String location) {
        try {
            return KeyUtils.readPrivateKey(location);
        } catch (Exception e) {
            throw new IllegalStateException("Test key " + location + " is unreadable", e);
        }
    }
}
