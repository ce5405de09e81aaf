package dev.ticketing.gateway.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key file fallback, without Quarkus. */
class SigningKeysTest {

    @TempDir
    Path dir;

    @Test
    void shouldGenerateKeyFileOnceAndReuseIt() throws Exception {
        Path file = dir.resolve("keys/gateway-signing-key.pem");
        SigningKeys first = new SigningKeys(Optional.empty(), file.toString(), Optional.empty());
        assertTrue(Files.readString(file).startsWith("-----BEGIN PRIVATE KEY-----"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        SigningKeys second = new SigningKeys(Optional.empty(), file.toString(), Optional.empty());
        assertEquals(first.keyId(), second.keyId());
        assertEquals(43, first.keyId().length()); // base64url SHA-256 thumbprint
    }

    @Test
    void shouldPreferConfiguredLocationAndComputeRfc7638Thumbprint() {
        SigningKeys keys = new SigningKeys(Optional.of("test-keys/private.pem"), dir.resolve("unused.pem").toString(),
                Optional.empty());
        assertTrue(Files.notExists(dir.resolve("unused.pem")));
        SigningKeys.PublicJwk jwk = keys.publishedKeys().get(0);
        assertEquals(keys.keyId(), jwk.kid());
        // RFC 7638: SHA-256 over {"e":…,"kty":"RSA","n":…} in that order, base64url.
        String canonical = "{\"e\":\"" + jwk.e() + "\",\"kty\":\"RSA\",\"n\":\"" + jwk.n() + "\"}";
        String expected = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(canonical));
        assertEquals(expected, jwk.kid());
        SigningKeys generated = new SigningKeys(Optional.empty(), dir.resolve("other.pem").toString(),
                Optional.empty());
        assertNotEquals(keys.keyId(), generated.keyId());
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
