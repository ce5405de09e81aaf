package dev.ticketing.gateway;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Getting and reading the gateway's own tokens in tests. */
final class Tokens {

    private Tokens() {
    }

    static String passwordToken(String username, String password) {
        return given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("username", username)
                .formParam("password", password)
                .when().post("/auth/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    static JsonNode part(String jwt, int index) {
        try {
            byte[] json = Base64.getUrlDecoder().decode(jwt.split("\\.")[index]);
            return new ObjectMapper().readTree(new String(json, StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("Not a JWT: " + jwt, e);
        }
    }
}
