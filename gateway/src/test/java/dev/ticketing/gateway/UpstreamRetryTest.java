package dev.ticketing.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = ClosingUpstream.class, scope = TestResourceScope.GLOBAL)
class UpstreamRetryTest {

    @Test
    void shouldRetryIdempotentRequestsOnceWhenTheConnectionClosesBeforeAnyResponseByte() {
        String token = dev.ticketing.testkit.TestTokens.token(
                dev.ticketing.testkit.TestTokens.TestUser.of(Accounts.uniqueName("retry"), "technician"));
        for (int i = 0; i < 10; i++) {
            given().header("Authorization", "Bearer " + token).header("X-Forwarded-For", Accounts.freshIp())
                    .when().get("/api/v1/assignments/drop/get")
                    .then().statusCode(200);
            given().header("Authorization", "Bearer " + token).header("X-Forwarded-For", Accounts.freshIp())
                    .header("Idempotency-Key", "key-" + i).contentType("application/json").body("{\"a\":1}")
                    .when().post("/api/v1/assignments/drop/keyed")
                    .then().statusCode(200);
        }
        assertEquals(20, ClosingUpstream.received("/api/v1/assignments/drop/get"), "each GET sent twice");
        assertEquals(20, ClosingUpstream.received("/api/v1/assignments/drop/keyed"), "each keyed POST sent twice");
    }

    @Test
    void shouldNeverRepeatAnUnsafeRequest() {
        String token = dev.ticketing.testkit.TestTokens.token(
                dev.ticketing.testkit.TestTokens.TestUser.of(Accounts.uniqueName("retry"), "technician"));
        int before = ClosingUpstream.received("/api/v1/assignments/drop/unkeyed");
        // The first one is dropped: 502, not sent again (a POST without Idempotency-Key may have taken effect).
        given().header("Authorization", "Bearer " + token).header("X-Forwarded-For", Accounts.freshIp())
                .contentType("application/json").body("{\"a\":1}")
                .when().post("/api/v1/assignments/drop/unkeyed")
                .then().statusCode(502).contentType("application/problem+json");
        assertEquals(before + 1, ClosingUpstream.received("/api/v1/assignments/drop/unkeyed"));
    }

    @Test
    void shouldNotRetryOnceAResponseByteArrived() {
        String token = dev.ticketing.testkit.TestTokens.token(
                dev.ticketing.testkit.TestTokens.TestUser.of(Accounts.uniqueName("retry"), "technician"));
        try {
            given().header("Authorization", "Bearer " + token).header("X-Forwarded-For", Accounts.freshIp())
                    .when().get("/api/v1/assignments/partial").then().extract().asString();
        } catch (RuntimeException expected) {
            // the answer was cut off: that is all a proxy can pass on once the head went out
        }
        assertEquals(1, ClosingUpstream.received("/api/v1/assignments/partial"));
    }
}
