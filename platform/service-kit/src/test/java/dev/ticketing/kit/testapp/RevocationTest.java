package dev.ticketing.kit.testapp;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.ticketing.events.EventEnvelope;
import dev.ticketing.events.TokenRevoked;
import dev.ticketing.events.Topics;
import dev.ticketing.events.UserDisabled;
import dev.ticketing.testkit.TestEvents;
import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Revoked tokens and tokens of disabled users are refused within 5 s of the event on identity-events. */
@QuarkusTest
@QuarkusTestResource(KafkaTestTopic.class)
class RevocationTest {

    private static final String PATH = "/api/v1/dead-letters/kit-test";
    private static final Duration WITHIN = Duration.ofSeconds(5);

    @Test
    void aRevokedTokenIsRefusedWithin5SecondsAndTheUsersOtherTokensStillWork() throws Exception {
        TestUser admin = TestUser.of("revoked-admin", "admin");
        String token = admin.token();
        String other = admin.token();
        given().auth().oauth2(token).get(PATH).then().statusCode(200);

        send(admin.id(), TokenRevoked.TYPE,
                new TokenRevoked(admin.id(), jti(token), Instant.now().plusSeconds(600), Instant.now()));
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(token).get(PATH).statusCode() == 401);
        given().auth().oauth2(token).get(PATH).then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
        given().auth().oauth2(other).get(PATH).then().statusCode(200);
    }

    @Test
    void tokensOfADisabledUserIssuedBeforeAreRefusedWithin5Seconds() {
        TestUser admin = TestUser.of("disabled-admin", "admin");
        String token = admin.token();
        given().auth().oauth2(token).get(PATH).then().statusCode(200);

        send(admin.id(), UserDisabled.TYPE, new UserDisabled(admin.id(), admin.username(), Instant.now()));
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(token).get(PATH).statusCode() == 401);
        given().auth().oauth2(TestUser.of("someone-else", "admin").token()).get(PATH).then().statusCode(200);
    }

    private static void send(String userId, String type, Object data) {
        TestEvents.sendLikeOutbox(Topics.IDENTITY_EVENTS, new EventEnvelope<>(EventEnvelope.SPEC_VERSION,
                UUID.randomUUID().toString(), "/gateway", type, userId, Instant.now(), "application/json", null,
                data));
    }

    private static String jti(String jwt) throws Exception {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return new ObjectMapper().readTree(payload).get("jti").asText();
    }
}
