package dev.ticketing.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = FakeUpstream.class, scope = TestResourceScope.GLOBAL)
class RefreshTokenTest {

    private static Response login(String username) {
        return given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("username", username).formParam("password", "demo")
                .when().post("/auth/token");
    }

    private static Response refresh(String refreshToken) {
        return given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "refresh_token").formParam("refresh_token", refreshToken)
                .when().post("/auth/token");
    }

    @Test
    void shouldRotateRefreshTokenAndIssueNewAccessToken() {
        String first = login("bob").then().statusCode(200).body("refresh_token", notNullValue())
                .extract().path("refresh_token");
        Response refreshed = refresh(first);
        refreshed.then().statusCode(200).header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer")).body("refresh_token", notNullValue());
        String second = refreshed.path("refresh_token");
        assertNotEquals(first, second);
        String access = refreshed.path("access_token");
        assertEquals("bob", Tokens.part(access, 1).path("upn").asText());
        given().header("Authorization", "Bearer " + access).when().get("/api/v1/users/me")
                .then().statusCode(200).body("username", equalTo("bob"));
    }

    @Test
    void shouldRevokeFamilyWhenUsedTokenIsReplayed() {
        String first = login("alice").then().statusCode(200).extract().path("refresh_token");
        String second = refresh(first).then().statusCode(200).extract().path("refresh_token");
        refresh(first).then().statusCode(400).body("error", equalTo("invalid_grant"));
        // The replay revoked the successor too.
        refresh(second).then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void shouldRefuseRevokedAndUnknownRefreshTokens() {
        String token = login("tech2").then().statusCode(200).extract().path("refresh_token");
        given().contentType("application/x-www-form-urlencoded").formParam("token", token)
                .when().post("/auth/revoke").then().statusCode(200);
        refresh(token).then().statusCode(400).body("error", equalTo("invalid_grant"));
        refresh("made-up-token").then().statusCode(400).body("error", equalTo("invalid_grant"));
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "refresh_token")
                .when().post("/auth/token").then().statusCode(400).body("error", equalTo("invalid_request"));
    }
}
