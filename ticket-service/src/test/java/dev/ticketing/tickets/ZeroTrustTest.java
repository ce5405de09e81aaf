package dev.ticketing.tickets;

import static dev.ticketing.testkit.AttackerChecks.assertForbidden;
import static dev.ticketing.testkit.AttackerChecks.assertHidden;
import static dev.ticketing.testkit.AttackerChecks.assertRejectsBadTokens;
import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Called directly, without the gateway, ticket-service verifies tokens and applies its own rules. Another
 * requester's ticket on read and PATCH: {@code TicketResourceTest}, {@code TicketListAndUpdateTest}.
 */
@QuarkusTest
class ZeroTrustTest {

    private static final TestUser ALICE = TestUser.of("alice", "requester");
    private static final TestUser BOB = TestUser.of("bob", "requester");
    private static final Map<String, Object> TICKET = Map.of("title", "Forged", "description", "Attacker's try",
            "category", "INCIDENT", "priority", "P3");

    private static String create() {
        return given().auth().oauth2(ALICE.token()).contentType(ContentType.JSON).body(TICKET)
                .when().post("/api/v1/tickets").then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldRefuseBadTokens() {
        String id = create();
        assertRejectsBadTokens(ALICE, "POST", "/api/v1/tickets", TICKET);
        assertRejectsBadTokens(ALICE, "GET", "/api/v1/tickets");
        assertRejectsBadTokens(ALICE, "GET", "/api/v1/tickets/" + id);
    }

    @Test
    void shouldRefuseWrongRoleAndHideAnotherRequestersTicket() {
        assertForbidden(TestUser.of("someone", "guest"), "POST", "/api/v1/tickets", TICKET);
        assertHidden(BOB, "GET", "/api/v1/tickets/" + create() + "/history", null);
    }
}
