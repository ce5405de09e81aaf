package dev.ticketing.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = FakeUpstream.class, scope = TestResourceScope.GLOBAL)
class TokenEndpointTest {

    @Test
    void shouldIssueTokenWithUserClaimsSignedByPublishedKey() {
        Response answer = given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("username", "alice").formParam("password", "demo")
                .when().post("/auth/token");
        answer.then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900))
                .body("access_token", notNullValue());
        String token = answer.path("access_token");

        JsonNode header = Tokens.part(token, 0);
        JsonNode claims = Tokens.part(token, 1);
        assertEquals("RS256", header.path("alg").asText());
        assertEquals("https://ticketing.local/auth", claims.path("iss").asText());
        assertTrue(claims.path("aud").toString().contains("ticketing-api"), claims.toString());
        assertEquals("alice", claims.path("upn").asText());
        assertEquals("Alice Martin", claims.path("name").asText());
        assertEquals("[\"requester\"]", claims.path("groups").toString());
        assertTrue(claims.path("jti").asText().length() > 10);
        long lifetime = claims.path("exp").asLong() - claims.path("iat").asLong();
        assertTrue(lifetime > 0 && lifetime <= 900, "lifetime " + lifetime);

        String sub = claims.path("sub").asText();
        List<String> kids = given().when().get("/.well-known/jwks.json").then().statusCode(200)
                .extract().path("keys.kid");
        assertTrue(kids.contains(header.path("kid").asText()), "kid " + header + " not in " + kids);
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/users/me")
                .then().statusCode(200).body("id", equalTo(sub));
    }

    @Test
    void shouldRejectWrongPasswordAsInvalidGrant() {
        given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("username", "alice").formParam("password", "nope")
                .when().post("/auth/token")
                .then().statusCode(400)
                .header("Cache-Control", "no-store")
                .body("error", equalTo("invalid_grant"))
                .body("error_description", notNullValue())
                .body("access_token", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldRejectUnknownUserAsInvalidGrant() {
        given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("username", "nobody-here")
                .formParam("password", "demo")
                .when().post("/auth/token")
                .then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void shouldRejectUnknownGrantType() {
        given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "authorization_code").formParam("code", "x")
                .when().post("/auth/token")
                .then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
    }

    @Test
    void shouldRejectMissingParametersAsInvalidRequest() {
        given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("username", "alice")
                .when().post("/auth/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
        given().contentType("application/x-www-form-urlencoded").formParam("username", "alice")
                .when().post("/auth/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void shouldPublishJwks() {
        given().when().get("/.well-known/jwks.json")
                .then().statusCode(200)
                .body("keys.size()", equalTo(1))
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0].use", equalTo("sig"))
                .body("keys[0].alg", equalTo("RS256"))
                .body("keys[0].e", equalTo("AQAB"))
                .body("keys[0].kid", notNullValue())
                .body("keys[0].n.length()", org.hamcrest.Matchers.greaterThan(300))
                .body("keys[0].d", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldPublishOpenIdConfiguration() {
        given().when().get("/.well-known/openid-configuration")
                .then().statusCode(200)
                .body("issuer", equalTo("https://ticketing.local/auth"))
                .body("jwks_uri", org.hamcrest.Matchers.endsWith("/.well-known/jwks.json"))
                .body("token_endpoint", org.hamcrest.Matchers.endsWith("/auth/token"))
                .body("grant_types_supported", hasItem("password"));
    }
}
