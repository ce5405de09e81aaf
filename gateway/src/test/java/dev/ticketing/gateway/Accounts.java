package dev.ticketing.gateway;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ticketing.testkit.TestTokens.TestUser;
import io.restassured.response.Response;

/** Creating accounts through the admin API in tests (fresh names: the test schema outlives a run). */
final class Accounts {

    static final TestUser ADMIN = TestUser.of("test-admin", "admin");
    static final String PASSWORD = "Str0ng-Passw0rd!";

    private Accounts() {
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Response create(String username, String... roles) {
        return given().header("Authorization", ADMIN.bearer()).contentType("application/json")
                .body(Map.of("username", username, "displayName", "User " + username, "email",
                        username + "@example.com", "password", PASSWORD, "roles", List.of(roles), "team", "qa",
                        "locale", "en"))
                .when().post("/api/v1/users");
    }

    /** Creates a user and answers its id. */
    static String createUser(String username, String... roles) {
        return create(username, roles).then().statusCode(201).extract().path("id");
    }

    static Response login(String username, String password, String clientIp) {
        return given().contentType("application/x-www-form-urlencoded").header("X-Forwarded-For", clientIp)
                .formParam("grant_type", "password").formParam("username", username)
                .formParam("password", password)
                .when().post("/auth/token");
    }

    /** A client address of its own, so that a test's requests do not share rate-limit buckets with the others. */
    static String freshIp() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }
}
