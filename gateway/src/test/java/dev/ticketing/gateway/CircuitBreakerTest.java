package dev.ticketing.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(value = FlakyUpstream.class, scope = TestResourceScope.GLOBAL)
class CircuitBreakerTest {

    private static final TestUser CAROL = TestUser.of("carol", "requester");
    private static final String PROBLEMS = "https://ticketing.dev/problems/";

    private static ValidatableResponse call(String status) {
        return given().header("X-Forwarded-For", Accounts.freshIp()).header("Authorization", CAROL.bearer())
                .header("X-Fake-Status", status)
                .when().get("/api/v1/notifications").then();
    }

    @Test
    void shouldOpenAfterConsecutiveConnectionFailuresThenLetOneTrialThroughAndClose() throws Exception {
        // Closed: every request tries the upstream, which is down.
        for (int i = 0; i < FlakyUpstream.THRESHOLD; i++) {
            call("200").statusCode(503).body("type", equalTo(PROBLEMS + "upstream-unavailable"));
        }
        // Open: the upstream is back, but the gateway answers 503 at once without calling it.
        FlakyUpstream.up();
        for (int i = 0; i < 3; i++) {
            call("200").statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo(PROBLEMS + "upstream-circuit-open"))
                    .body("instance", equalTo("/api/v1/notifications"));
        }
        assertEquals(0, FlakyUpstream.REQUESTS.get(), "an open breaker must not call the upstream");
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("ticketing_proxy_circuit_breaker_state{upstream=\"notification-service\"} 2.0"));

        // Half-open after the delay (5 s): one trial request reaches the upstream; its success closes the breaker.
        await().atMost(Duration.ofSeconds(12)).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> call("200").statusCode(200));
        assertEquals(1, FlakyUpstream.REQUESTS.get());

        // Closed again; 5xx answers do not count as failures: they are passed on and the breaker stays closed.
        for (int i = 0; i < FlakyUpstream.THRESHOLD + 2; i++) {
            call("500").statusCode(500);
        }
        call("200").statusCode(200);
        assertEquals(FlakyUpstream.THRESHOLD + 4, FlakyUpstream.REQUESTS.get());
    }
}
