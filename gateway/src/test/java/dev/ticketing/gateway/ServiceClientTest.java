package dev.ticketing.gateway;

import static dev.ticketing.gateway.Accounts.ADMIN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = FakeUpstream.class, scope = TestResourceScope.GLOBAL)
class ServiceClientTest {

    private static Response createClient(String name, List<String> roles) {
        return given().header("Authorization", ADMIN.bearer()).contentType("application/json")
                .body(Map.of("name", name, "roles", roles))
                .when().post("/api/v1/service-clients");
    }

    private static Response clientCredentials(String clientId, String secret) {
        return given().contentType("application/x-www-form-urlencoded").header("X-Forwarded-For", Accounts.freshIp())
                .formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .when().post("/auth/token");
    }

    @Test
    void shouldShowSecretOnlyInCreateAnswer() {
        String name = Accounts.uniqueName("crm");
        Response created = createClient(name, List.of("service"));
        created.then().statusCode(201).header("Location", notNullValue()).header("Cache-Control", "no-store")
                .body("clientId", notNullValue()).body("clientSecret", notNullValue())
                .body("name", equalTo(name)).body("roles", hasItem("service"));
        String id = created.path("clientId");
        String secret = created.path("clientSecret");
        assertTrue(secret.length() >= 40, "a 256-bit secret");

        String read = given().header("Authorization", ADMIN.bearer()).when().get("/api/v1/service-clients/" + id)
                .then().statusCode(200).body("clientId", equalTo(id)).body("$", not(hasKey("clientSecret")))
                .extract().asString();
        assertFalse(read.contains(secret));
        String list = given().header("Authorization", ADMIN.bearer()).when().get("/api/v1/service-clients?size=100")
                .then().statusCode(200).header("X-Total-Count", notNullValue())
                .body("clientSecret", everyNull())
                .extract().asString();
        assertFalse(list.contains(secret), "the secret is never readable again");
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyNull() {
        return org.hamcrest.Matchers.everyItem(nullValue());
    }

    @Test
    void shouldIssueServiceTokenForClientCredentialsInFormOrBasic() {
        Response created = createClient(Accounts.uniqueName("erp"), List.of());
        String id = created.then().statusCode(201).extract().path("clientId");
        String secret = created.path("clientSecret");

        String token = clientCredentials(id, secret).then().statusCode(200).header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer")).body("refresh_token", nullValue())
                .extract().path("access_token");
        JsonNode claims = Tokens.part(token, 1);
        assertEquals(id, claims.path("sub").asText());
        assertTrue(claims.path("groups").toString().contains("\"service\""));

        String basic = Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
        String viaBasic = given().contentType("application/x-www-form-urlencoded")
                .header("X-Forwarded-For", Accounts.freshIp()).header("Authorization", "Basic " + basic)
                .formParam("grant_type", "client_credentials")
                .when().post("/auth/token").then().statusCode(200).extract().path("access_token");
        assertEquals(id, Tokens.part(viaBasic, 1).path("sub").asText());
        // The token works at the gateway.
        given().header("Authorization", "Bearer " + viaBasic).when().get("/api/v1/users/me")
                .then().statusCode(200).body("id", equalTo(id)).body("roles", hasItem("service"));
    }

    @Test
    void shouldRefuseWrongClientSecretAsInvalidClient() {
        Response created = createClient(Accounts.uniqueName("bad"), List.of("service"));
        String id = created.then().statusCode(201).extract().path("clientId");
        String secret = created.path("clientSecret");
        clientCredentials(id, secret + "x").then().statusCode(401).header("WWW-Authenticate", notNullValue())
                .body("error", equalTo("invalid_client"));
        clientCredentials("no-such-client", secret).then().statusCode(401).body("error", equalTo("invalid_client"));
        String basic = Base64.getEncoder().encodeToString((id + ":wrong").getBytes(StandardCharsets.UTF_8));
        given().contentType("application/x-www-form-urlencoded").header("X-Forwarded-For", Accounts.freshIp())
                .header("Authorization", "Basic " + basic).formParam("grant_type", "client_credentials")
                .when().post("/auth/token").then().statusCode(401).body("error", equalTo("invalid_client"));
        // A disabled client gets nothing either.
        given().header("Authorization", ADMIN.bearer()).when().delete("/api/v1/service-clients/" + id)
                .then().statusCode(204);
        clientCredentials(id, secret).then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void shouldRefuseAdminRoleAndNonAdminCallers() {
        createClient(Accounts.uniqueName("evil"), List.of("admin")).then().statusCode(400)
                .body("errors.field", hasItem("roles"));
        for (String role : List.of("requester", "technician", "supervisor", "service")) {
            given().header("Authorization", TestUser.of("x", role).bearer()).when().get("/api/v1/service-clients")
                    .then().statusCode(403);
            given().header("Authorization", TestUser.of("x", role).bearer()).contentType("application/json")
                    .body(Map.of("name", "sneaky", "roles", List.of("service")))
                    .when().post("/api/v1/service-clients").then().statusCode(403);
        }
    }
}
