package dev.ticketing.gateway;

import static dev.ticketing.gateway.Accounts.PASSWORD;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.ticketing.events.Topics;
import dev.ticketing.events.TokenRevoked;
import dev.ticketing.testkit.KafkaTopicWatcher;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = FakeUpstream.class, scope = TestResourceScope.GLOBAL)
class RevocationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String accessToken(String username, String ip) {
        return Accounts.login(username, PASSWORD, ip).then().statusCode(200).extract().path("access_token");
    }

    static void revoke(String token, String hint, String ip) {
        var request = given().contentType("application/x-www-form-urlencoded").header("X-Forwarded-For", ip)
                .formParam("token", token);
        if (hint != null) {
            request.formParam("token_type_hint", hint);
        }
        request.when().post("/auth/revoke").then().statusCode(200).header("Cache-Control", "no-store");
    }

    @Test
    void shouldPublishTokenRevokedForAnAccessTokenWithOrWithoutHint() {
        String username = Accounts.uniqueName("rita");
        String id = Accounts.createUser(username, "requester");
        String ip = Accounts.freshIp();
        for (String hint : new String[] {"access_token", null, "refresh_token"}) {
            String token = accessToken(username, ip);
            JsonNode claims = Tokens.part(token, 1);
            try (KafkaTopicWatcher watcher = KafkaTopicWatcher.open(Topics.IDENTITY_EVENTS)) {
                revoke(token, hint, ip);
                ConsumerRecord<String, String> record = watcher.await(r -> id.equals(r.key())
                        && TokenRevoked.TYPE.equals(json(r).path("type").asText()), Duration.ofSeconds(20));
                JsonNode data = json(record).path("data");
                assertEquals(id, data.path("userId").asText());
                assertEquals(claims.path("jti").asText(), data.path("tokenId").asText(), "hint " + hint);
                assertEquals(Instant.ofEpochSecond(claims.path("exp").asLong()),
                        Instant.parse(data.path("expiresAt").asText()));
                assertTrue(data.hasNonNull("revokedAt"));
                assertTrue(!record.value().contains(token), "the token itself never travels");
            }
        }
    }

    @Test
    void shouldIgnoreUnknownAndForgedTokensAsRfc7009Says() {
        String ip = Accounts.freshIp();
        try (KafkaTopicWatcher watcher = KafkaTopicWatcher.open(Topics.IDENTITY_EVENTS)) {
            revoke("a.b.c", "access_token", ip);
            revoke(dev.ticketing.testkit.TestTokens.foreignSignature(
                    dev.ticketing.testkit.TestTokens.TestUser.of("mallory", "requester")), null, ip);
            revoke("not-a-known-refresh-token", null, ip);
            assertTrue(watcher.drain(Duration.ofSeconds(2)).stream()
                    .noneMatch(r -> TokenRevoked.TYPE.equals(json(r).path("type").asText())));
        }
        given().contentType("application/x-www-form-urlencoded").header("X-Forwarded-For", ip)
                .formParam("token_type_hint", "access_token")
                .when().post("/auth/revoke").then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void shouldRefuseARevokedAccessTokenAtTheGatewayWithin5Seconds() {
        String username = Accounts.uniqueName("sam");
        Accounts.createUser(username, "requester");
        String ip = Accounts.freshIp();
        String revoked = accessToken(username, ip);
        String other = accessToken(username, ip);
        given().header("Authorization", "Bearer " + revoked).when().get("/api/v1/kb/articles").then().statusCode(200);
        revoke(revoked, "access_token", ip);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> given().header("Authorization", "Bearer " + revoked)
                        .when().get("/api/v1/kb/articles").then().statusCode(401)
                        .contentType("application/problem+json"));
        given().header("Authorization", "Bearer " + revoked).when().get("/api/v1/users/me")
                .then().statusCode(401).contentType("application/problem+json");
        // Only that token: another one of the same user still works.
        given().header("Authorization", "Bearer " + other).when().get("/api/v1/kb/articles").then().statusCode(200);
    }

    @Test
    void shouldRefuseADisabledUsersTokenAtTheGatewayWithin5Seconds() {
        String username = Accounts.uniqueName("tom");
        String id = Accounts.createUser(username, "requester");
        String token = accessToken(username, Accounts.freshIp());
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/kb/articles").then().statusCode(200);
        given().header("Authorization", Accounts.ADMIN.bearer()).when().post("/api/v1/users/" + id + "/disable")
                .then().statusCode(200);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> given().header("Authorization", "Bearer " + token)
                        .when().get("/api/v1/kb/articles").then().statusCode(401)
                        .contentType("application/problem+json"));
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/users/me")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
