package dev.ticketing.testkit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.ticketing.testkit.TestTokens.TestUser;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The attacker's side of zero trust, run directly at a service (no gateway in front): every broken or forged
 * credential must get {@code 401} problem+json, a valid token with the wrong role {@code 403}, and another user's
 * object {@code 404} (its existence is not revealed). The services call these in their {@code ZeroTrustTest}.
 */
public final class AttackerChecks {

    private static final String PROBLEM = "application/problem+json";

    private AttackerChecks() {
    }

    /**
     * Sends {@code method path} once per bad credential, each for {@code victim} (a user whose valid token would be
     * accepted), and asserts {@code 401} problem+json every time: no token, a non-JWT string, {@code alg: none},
     * a foreign signature, an unknown key id, expired, wrong issuer, wrong audience.
     *
     * @param body a JSON body (anything REST Assured can serialise), or {@code null}
     */
    public static void assertRejectsBadTokens(TestUser victim, String method, String path, Object body) {
        Map<String, String> attacks = new LinkedHashMap<>();
        attacks.put("no token", null);
        attacks.put("malformed (not a JWT)", "not-a-jwt");
        attacks.put("alg: none", TestTokens.unsigned(victim));
        attacks.put("bad signature", TestTokens.foreignSignature(victim));
        attacks.put("unknown key id", TestTokens.unknownKeyId(victim));
        attacks.put("expired", TestTokens.expired(victim));
        attacks.put("wrong issuer", TestTokens.wrongIssuer(victim));
        attacks.put("wrong audience", TestTokens.wrongAudience(victim));
        for (Map.Entry<String, String> attack : attacks.entrySet()) {
            RequestSpecification request = request(body);
            if (attack.getValue() != null) {
                request.header("Authorization", "Bearer " + attack.getValue());
            }
            expect(attack.getKey(), method, path, 401, () -> request.when().request(method, path)
                    .then().statusCode(401).contentType(containsString(PROBLEM)).body("status", equalTo(401)));
        }
    }

    /** Same as {@link #assertRejectsBadTokens(TestUser, String, String, Object)} without a body. */
    public static void assertRejectsBadTokens(TestUser victim, String method, String path) {
        assertRejectsBadTokens(victim, method, path, null);
    }

    /** A valid token whose roles do not allow the operation: {@code 403} problem+json. */
    public static void assertForbidden(TestUser user, String method, String path, Object body) {
        expect("wrong role " + user.roles(), method, path, 403, () -> request(body)
                .header("Authorization", user.bearer()).when().request(method, path)
                .then().statusCode(403).contentType(containsString(PROBLEM)).body("status", equalTo(403)));
    }

    /** Another user's object: {@code 404} problem+json, the same as an object that does not exist. */
    public static void assertHidden(TestUser stranger, String method, String path, Object body) {
        expect("another user's object", method, path, 404, () -> request(body)
                .header("Authorization", stranger.bearer()).when().request(method, path)
                .then().statusCode(404).contentType(containsString(PROBLEM)).body("status", equalTo(404)));
    }

    private static RequestSpecification request(Object body) {
        RequestSpecification request = given();
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request;
    }

    private static void expect(String attack, String method, String path, int status, Runnable check) {
        try {
            check.run();
        } catch (AssertionError e) {
            throw new AssertionError(method + " " + path + " with " + attack + ": expected " + status + ". "
                    + e.getMessage(), e);
        }
    }
}
