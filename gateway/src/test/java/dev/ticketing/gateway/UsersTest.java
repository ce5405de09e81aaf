package dev.ticketing.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

import dev.ticketing.testkit.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = FakeUpstream.class, scope = TestResourceScope.GLOBAL)
class UsersTest {

    @Test
    void shouldAnswerOwnProfileWithOwnToken() {
        String token = Tokens.passwordToken("alice", "demo");
        given().header("Authorization", "Bearer " + token)
                .when().get("/api/v1/users/me")
                .then().statusCode(200)
                .body("id", matchesPattern("[0-9a-f-]{36}"))
                .body("username", equalTo("alice"))
                .body("displayName", equalTo("Alice Martin"))
                .body("email", equalTo("alice@ticketing.local"))
                .body("team", equalTo("finance"))
                .body("roles", contains("requester"));
    }

    @Test
    void shouldGiveEachDemoAccountItsRole() {
        String token = Tokens.passwordToken("tech1", "demo");
        given().header("Authorization", "Bearer " + token)
                .when().get("/api/v1/users/me")
                .then().statusCode(200).body("username", equalTo("tech1")).body("roles", contains("technician"));
    }

    @Test
    void shouldRefuseProfileWithoutValidToken() {
        given().when().get("/api/v1/users/me")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        given().header("Authorization",
                "Bearer " + TestTokens.expired(TestTokens.TestUser.of("alice", "requester")))
                .when().get("/api/v1/users/me")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
