package dev.ticketing.gateway;

import static dev.ticketing.gateway.Accounts.PASSWORD;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import dev.ticketing.testkit.TestTokens;
import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = FakeUpstream.class, scope = TestResourceScope.GLOBAL)
class EdgeTest {

    @Test
    void shouldLockAccountAfterRepeatedFailuresEvenForRightPassword() throws InterruptedException {
        String username = Accounts.uniqueName("mallory-target");
        Accounts.createUser(username, "requester");
        String ip = Accounts.freshIp();
        for (int i = 0; i < 3; i++) { // %test.ticketing.lockout.max-failures=3
            Accounts.login(username, "Wrong-Passw0rd-" + i, ip).then().statusCode(400)
                    .body("error", equalTo("invalid_grant"));
        }
        // Locked: the right password is refused, with the same generic answer as a wrong one.
        Accounts.login(username, PASSWORD, ip).then().statusCode(400).body("error", equalTo("invalid_grant"))
                .body("error_description", equalTo("Invalid username or password"));
        given().header("Authorization", Accounts.ADMIN.bearer()).when().get("/api/v1/users?q=" + username)
                .then().statusCode(200).body("[0].lockedUntil", notNullValue());
        Thread.sleep(5_200); // %test.ticketing.lockout.duration=5s
        Accounts.login(username, PASSWORD, ip).then().statusCode(200);
    }

    @Test
    void shouldAnswer429WithRetryAfterWhenTokenEndpointIsHammered() {
        String ip = Accounts.freshIp();
        Response limited = null;
        for (int i = 0; i < 60 && limited == null; i++) {
            Response r = given().contentType("application/x-www-form-urlencoded").header("X-Forwarded-For", ip)
                    .formParam("grant_type", "password").formParam("username", "nobody-" + i)
                    .when().post("/auth/token");
            if (r.statusCode() == 429) {
                limited = r;
            } else {
                assertEquals(400, r.statusCode());
            }
        }
        assertNotNull(limited, "the token endpoint must throttle one address");
        limited.then().contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("status", equalTo(429)).body("type", endsWith("/rate-limited"));
        assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1);
        // Another address is not affected.
        Accounts.login("alice", "demo", Accounts.freshIp()).then().statusCode(200);
    }

    @Test
    void shouldAnswer429OnProxiedRoutesPerIpAndPerSubject() {
        // Per IP, before the token is even looked at.
        String ip = Accounts.freshIp();
        Response limited = null;
        for (int i = 0; i < 120 && limited == null; i++) {
            Response r = given().header("X-Forwarded-For", ip).when().get("/api/v1/kb/articles");
            if (r.statusCode() == 429) {
                limited = r;
            } else {
                assertEquals(401, r.statusCode());
            }
        }
        assertNotNull(limited, "one address must be throttled");
        limited.then().contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("status", equalTo(429));

        // Per subject, from changing addresses.
        TestUser user = TestUser.of("hammer", "requester");
        String bearer = "Bearer " + TestTokens.token(user);
        limited = null;
        for (int i = 0; i < 80 && limited == null; i++) {
            Response r = given().header("X-Forwarded-For", Accounts.freshIp()).header("Authorization", bearer)
                    .when().get("/api/v1/kb/articles");
            if (r.statusCode() == 429) {
                limited = r;
            } else {
                assertEquals(200, r.statusCode());
            }
        }
        assertNotNull(limited, "one subject must be throttled");
        limited.then().contentType("application/problem+json").header("Retry-After", notNullValue());
    }

    @Test
    void shouldRefuseOversizedBodyWith413() {
        FakeUpstream.LAST.set(null);
        byte[] big = new byte[1_100_000]; // > 1 MiB
        java.util.Arrays.fill(big, (byte) 'x');
        given().header("Authorization", TestUser.of("big", "requester").bearer())
                .header("X-Forwarded-For", Accounts.freshIp())
                .contentType("text/plain").body(big)
                .when().post("/api/v1/tickets")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413))
                .body("type", endsWith("/payload-too-large"));
        assertNull(FakeUpstream.LAST.get(), "an oversized body never reaches the service");
    }

    @Test
    void shouldRefuseOversizedChunkedBodyWith413() {
        byte[] big = new byte[1_100_000];
        java.util.Arrays.fill(big, (byte) 'y');
        int status = given().header("Authorization", TestUser.of("big", "requester").bearer())
                .header("X-Forwarded-For", Accounts.freshIp())
                .contentType("text/plain").body(new java.io.ByteArrayInputStream(big))
                .when().put("/api/v1/tickets/7/attachment")
                .then().extract().statusCode();
        assertEquals(413, status);
    }

    @Test
    void shouldAllowConfiguredOriginOnlyForCors() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/tickets")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").header("Authorization",
                TestUser.of("alice", "requester").bearer())
                .when().get("/api/v1/kb/articles")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").when().post("/auth/token")
                .then().header("Access-Control-Allow-Origin", nullValue());

        given().header("Origin", "https://app.ticketing.test").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when().options("/api/v1/tickets")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo("https://app.ticketing.test"));
        given().header("Origin", "https://app.ticketing.test").header("Authorization",
                TestUser.of("alice", "requester").bearer())
                .when().get("/api/v1/kb/articles")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://app.ticketing.test"));
    }

    @Test
    void shouldLogUserAndRequestIdButNeverTokenOrPassword() throws InterruptedException {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record.getParameters() == null ? record.getMessage()
                        : String.format(record.getMessage(), record.getParameters());
                lines.add(message);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("ticketing.access");
        logger.addHandler(handler);
        try {
            TestUser user = TestUser.of("logged", "requester");
            String token = TestTokens.token(user);
            given().header("Authorization", "Bearer " + token).header("X-Request-Id", "req-proxied-1")
                    .when().get("/api/v1/kb/articles?q=secret-query").then().statusCode(200);
            given().header("Authorization", "Bearer " + token).header("X-Request-Id", "req-own-1")
                    .when().get("/api/v1/users/me").then().statusCode(200);
            given().contentType("application/x-www-form-urlencoded").header("X-Request-Id", "req-token-1")
                    .header("X-Forwarded-For", Accounts.freshIp())
                    .formParam("grant_type", "password").formParam("username", "alice")
                    .formParam("password", "demo").when().post("/auth/token").then().statusCode(200);
            Thread.sleep(300);
            String proxied = lines.stream().filter(l -> l.contains("req-proxied-1")).findFirst().orElseThrow(
                    () -> new AssertionError("no access log line for the proxied request: " + lines));
            assertTrue(proxied.contains("user=" + user.id()), proxied);
            assertTrue(proxied.contains("/api/v1/kb/articles") && proxied.contains(" 200 "), proxied);
            String own = lines.stream().filter(l -> l.contains("req-own-1")).findFirst().orElseThrow();
            assertTrue(own.contains("user=" + user.id()), own);
            String login = lines.stream().filter(l -> l.contains("req-token-1")).findFirst().orElseThrow();
            assertTrue(login.contains("/auth/token"), login);
            for (String line : lines) {
                assertFalse(line.contains(token) || line.contains(token.split("\\.")[2]), "a token was logged");
                assertFalse(line.contains("demo") || line.contains("alice"), "a credential was logged: " + line);
                assertFalse(line.contains("secret-query"), "a query string was logged: " + line);
            }
        } finally {
            logger.removeHandler(handler);
        }
    }
}
