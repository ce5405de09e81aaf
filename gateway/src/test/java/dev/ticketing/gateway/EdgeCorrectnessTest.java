package dev.ticketing.gateway;

import static dev.ticketing.gateway.Accounts.ADMIN;
import static dev.ticketing.gateway.Accounts.PASSWORD;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.ticketing.testkit.TestTokens;
import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = FakeUpstream.class, scope = TestResourceScope.GLOBAL)
class EdgeCorrectnessTest {

    @Test
    void shouldLimitFailedLoginsPerAddressButNotSuccessfulOnes() {
        String username = Accounts.uniqueName("gina");
        Accounts.createUser(username, "requester");
        String ip = Accounts.freshIp();
        for (int i = 0; i < 5; i++) { // successful logins take nothing from the failure bucket
            Accounts.login(username, PASSWORD, ip).then().statusCode(200).header("Cache-Control", "no-store");
        }
        // %test.ticketing.rate-limit.login-failure-ip.capacity=6; client_credentials failures count too and are fast
        // (no bcrypt), so the 0.5/s refill cannot hide the limit on a loaded machine.
        for (int i = 0; i < 6; i++) {
            given().contentType("application/x-www-form-urlencoded").header("X-Forwarded-For", ip)
                    .formParam("grant_type", "client_credentials").formParam("client_id", "no-such-client")
                    .formParam("client_secret", "guess-" + i)
                    .when().post("/auth/token").then().statusCode(401);
        }
        Accounts.login(username, PASSWORD, ip).then().statusCode(429).header("Retry-After", notNullValue())
                .contentType("application/problem+json").body("detail", containsString("failed logins"));
        Accounts.login(username, PASSWORD, Accounts.freshIp()).then().statusCode(200);
    }

    @Test
    void shouldGiveAServiceClientItsOwnConfiguredQuota() {
        // api-subject is 20 in the test profile; quota-client has 200.
        String token = TestTokens.token(new TestUser("quota-client", "quota-client", "Quota client",
                java.util.Set.of("service")));
        for (int i = 0; i < 60; i++) {
            given().header("Authorization", "Bearer " + token).header("X-Forwarded-For", Accounts.freshIp())
                    .when().get("/api/v1/kb/articles").then().statusCode(200);
        }
    }

    @Test
    void shouldMarkPersonalDataAndProxiedAnswersNoStore() {
        String id = Accounts.createUser(Accounts.uniqueName("hank"), "requester");
        given().header("Authorization", ADMIN.bearer()).when().get("/api/v1/users/" + id)
                .then().statusCode(200).header("Cache-Control", "no-store");
        given().header("Authorization", ADMIN.bearer()).when().get("/api/v1/users")
                .then().statusCode(200).header("Cache-Control", "no-store");
        given().header("Authorization", ADMIN.bearer()).when().get("/api/v1/users/me")
                .then().statusCode(200).header("Cache-Control", "no-store");
        given().header("Authorization", TestUser.of(Accounts.uniqueName("ivy"), "requester").bearer())
                .when().get("/api/v1/tickets").then().statusCode(200).header("Cache-Control", "no-store");
    }

    @Test
    void shouldAnswer405WithAllow() {
        given().header("Authorization", ADMIN.bearer()).contentType("application/json").body("{}")
                .when().put("/api/v1/users/me")
                .then().statusCode(405).contentType("application/problem+json")
                .header("Allow", containsString("GET"));
    }

    @Test
    void shouldAnswer304ToIfNoneMatchWithTheCurrentETag() {
        String id = Accounts.createUser(Accounts.uniqueName("jack"), "requester");
        String etag = given().header("Authorization", ADMIN.bearer()).when().get("/api/v1/users/" + id)
                .then().statusCode(200).extract().header("ETag");
        given().header("Authorization", ADMIN.bearer()).header("If-None-Match", etag)
                .when().get("/api/v1/users/" + id)
                .then().statusCode(304).header("ETag", equalTo(etag));
        String body = given().header("Authorization", ADMIN.bearer()).header("If-None-Match", "\"999\"")
                .when().get("/api/v1/users/" + id).then().statusCode(200).extract().asString();
        assertEquals(true, body.contains(id));
    }
}
