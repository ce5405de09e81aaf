package dev.ticketing.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.junit.QuarkusTest;

/** Bad input found by probing: 400 problem+json, never a 500 nor a lenient reading. */
@QuarkusTest
class BadInputTest {

    private static final String REQUESTER = TestUser.of("rose", "requester").bearer();

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "yes", "1", "TRUE "})
    void shouldRejectUnreadOtherThanTrueOrFalse(String unread) {
        given().header("Authorization", REQUESTER).queryParam("unread", unread)
                .when().get("/api/v1/notifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors.field", hasItem("unread"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "false"})
    void shouldAcceptUnreadTrueOrFalse(String unread) {
        given().header("Authorization", REQUESTER).queryParam("unread", unread)
                .when().get("/api/v1/notifications").then().statusCode(200);
    }

    @Test
    void shouldRejectAPageWhoseOffsetOverflows() {
        given().header("Authorization", REQUESTER).queryParam("page", 107374183)
                .when().get("/api/v1/notifications")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
    }
}
