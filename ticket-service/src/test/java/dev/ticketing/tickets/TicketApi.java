package dev.ticketing.tickets;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ticketing.events.EventEnvelope;
import dev.ticketing.events.TicketAssigned;
import dev.ticketing.events.Topics;
import dev.ticketing.events.UserCreated;
import dev.ticketing.events.UserDisabled;
import dev.ticketing.events.UserUpdated;
import dev.ticketing.testkit.TestEvents;
import dev.ticketing.testkit.TestTokens.TestUser;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Small steps of the ticket API that many tests take. */
public final class TicketApi {

    private TicketApi() {
    }

    public static String create(TestUser user, String title, String priority) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body(Map.of("title", title, "description", "Details of " + title, "category", "INCIDENT",
                        "priority", priority))
                .when().post("/api/v1/tickets")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static ValidatableResponse get(TestUser user, String id) {
        return given().auth().oauth2(user.token()).when().get("/api/v1/tickets/" + id).then();
    }

    public static ValidatableResponse history(TestUser user, String id) {
        return given().auth().oauth2(user.token()).when().get("/api/v1/tickets/" + id + "/history").then();
    }

    public static ValidatableResponse status(TestUser user, String id, Map<String, Object> body) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tickets/" + id + "/status").then();
    }

    public static ValidatableResponse post(TestUser user, String path, Object body) {
        var request = given().auth().oauth2(user.token());
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when().post(path).then();
    }

    public static ValidatableResponse comment(TestUser user, String id, String body, String visibility) {
        return post(user, "/api/v1/tickets/" + id + "/comments", Map.of("body", body, "visibility", visibility));
    }

    /** What the gateway publishes when an account is created, sent to the real broker. */
    public static void userCreated(TestUser user, String displayName) {
        TestEvents.sendLikeOutbox(Topics.IDENTITY_EVENTS, EventEnvelope.of("/gateway", UserCreated.TYPE, user.id(),
                null, new UserCreated(user.id(), user.username(), displayName, user.username() + "@example.com",
                        "en", null, List.copyOf(user.roles()), Instant.now())));
    }

    /** What the gateway publishes when an account's profile changes, sent to the real broker. */
    public static void userUpdated(TestUser user, String displayName) {
        TestEvents.sendLikeOutbox(Topics.IDENTITY_EVENTS, EventEnvelope.of("/gateway", UserUpdated.TYPE, user.id(),
                null, new UserUpdated(user.id(), user.username(), displayName, user.username() + "@example.com",
                        "en", null, List.copyOf(user.roles()), true, Instant.now())));
    }

    /** What the gateway publishes when an account is disabled, sent to the real broker. */
    public static void userDisabled(TestUser user) {
        TestEvents.sendLikeOutbox(Topics.IDENTITY_EVENTS, EventEnvelope.of("/gateway", UserDisabled.TYPE, user.id(),
                null, new UserDisabled(user.id(), user.username(), Instant.now())));
    }

    /** What assignment-service publishes when {@code technician} gets the ticket, sent to the real broker. */
    public static void assignThroughKafka(String ticketId, TestUser technician) {
        assignThroughKafka(ticketId, technician, null);
    }

    /** The same, caused by the request {@code requestId}; returns the envelope sent. */
    public static EventEnvelope<TicketAssigned> assignThroughKafka(String ticketId, TestUser technician,
            String requestId) {
        TicketAssigned data = new TicketAssigned(UUID.randomUUID().toString(), ticketId, technician.id(),
                technician.name(), technician.id(), "MANUAL", Instant.now(), technician.name());
        // Made two minutes ago: what the event causes must carry this time, not the time it was consumed.
        EventEnvelope<TicketAssigned> envelope = new EventEnvelope<>(EventEnvelope.SPEC_VERSION,
                UUID.randomUUID().toString(), "/assignment-service", TicketAssigned.TYPE, ticketId,
                Instant.now().minusSeconds(120), "application/json", requestId, data);
        TestEvents.sendLikeOutbox(Topics.ASSIGNMENT_EVENTS, envelope);
        return envelope;
    }
}
