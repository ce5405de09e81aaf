package dev.ticketing.tickets.lifecycle;

import static dev.ticketing.tickets.TicketApi.assignThroughKafka;
import static dev.ticketing.tickets.TicketApi.comment;
import static dev.ticketing.tickets.TicketApi.create;
import static dev.ticketing.tickets.TicketApi.get;
import static dev.ticketing.tickets.TicketApi.post;
import static dev.ticketing.tickets.TicketApi.status;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.ticketing.events.Topics;
import dev.ticketing.testkit.KafkaTopicWatcher;
import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class TicketLifecycleResourceTest {

    private static final Duration EVENTUAL = Duration.ofSeconds(30);
    private static final TestUser ALICE = TestUser.of("alice", "requester");
    private static final TestUser BOB = TestUser.of("bob", "requester");
    private static final TestUser TECH = TestUser.of("tech1", "technician");
    private static final TestUser TECH2 = TestUser.of("tech2", "technician");
    private static final TestUser SUPERVISOR = TestUser.of("supervisor", "supervisor");

    @Inject
    ObjectMapper mapper;

    private static String assignedTicket(String title, String priority) {
        String id = create(ALICE, title, priority);
        assignThroughKafka(id, TECH);
        await().atMost(EVENTUAL).untilAsserted(() -> get(ALICE, id).statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("assignee.id", equalTo(TECH.id())));
        return id;
    }

    @Test
    void shouldWalkATicketFromCreationToARatedArchivedTicketEmittingEveryEventInOrder() throws Exception {
        try (KafkaTopicWatcher events = KafkaTopicWatcher.open(Topics.TICKET_EVENTS)) {
            String id = assignedTicket("Walk the whole life", "P2");

            status(TECH, id, Map.of("status", "IN_PROGRESS")).statusCode(200).body("status", equalTo("IN_PROGRESS"));
            comment(TECH, id, "Could you restart and tell me?", "PUBLIC").statusCode(201);
            get(ALICE, id).body("firstResponseAt", notNullValue());
            status(TECH, id, Map.of("status", "PENDING", "reason", "Waiting for the requester"))
                    .statusCode(200).body("status", equalTo("PENDING"))
                    .body("pendingReason", equalTo("Waiting for the requester"));
            // A public comment of the requester resumes the ticket.
            comment(ALICE, id, "Restarted, still broken.", "PUBLIC").statusCode(201);
            get(ALICE, id).body("status", equalTo("IN_PROGRESS"));
            post(TECH, "/api/v1/tickets/" + id + "/solution", Map.of("text", "Replaced the cable."))
                    .statusCode(200).body("status", equalTo("RESOLVED"))
                    .body("resolvedAt", notNullValue())
                    .body("solution.text", equalTo("Replaced the cable."));
            post(ALICE, "/api/v1/tickets/" + id + "/solution/reject", Map.of("reason", "Still broken after lunch."))
                    .statusCode(200).body("status", equalTo("IN_PROGRESS")).body("reopenCount", equalTo(1));
            post(TECH, "/api/v1/tickets/" + id + "/solution", Map.of("text", "Replaced the switch port."))
                    .statusCode(200).body("status", equalTo("RESOLVED"));
            post(ALICE, "/api/v1/tickets/" + id + "/solution/accept", null)
                    .statusCode(200).body("status", equalTo("CLOSED")).body("closedAt", notNullValue());
            post(ALICE, "/api/v1/tickets/" + id + "/satisfaction", Map.of("rating", 5, "comment", "Thanks"))
                    .statusCode(200).body("satisfaction.rating", equalTo(5));
            post(ALICE, "/api/v1/tickets/" + id + "/satisfaction", Map.of("rating", 1))
                    .statusCode(409).contentType(containsString("application/problem+json"));

            // Archived after the (test) delay: read-only, out of default lists, listed with archived=true.
            await().atMost(EVENTUAL).untilAsserted(() -> get(ALICE, id).body("archived", equalTo(true)));
            given().auth().oauth2(ALICE.token()).contentType(ContentType.JSON).header("If-Match", "\"100\"")
                    .body(Map.of("title", "Changed")).when().patch("/api/v1/tickets/" + id)
                    .then().statusCode(409);
            comment(ALICE, id, "Late remark", "PUBLIC").statusCode(409);
            given().auth().oauth2(ALICE.token()).queryParam("size", 100).when().get("/api/v1/tickets")
                    .then().statusCode(200).body("id", not(hasItem(id)));
            given().auth().oauth2(ALICE.token()).queryParam("archived", true).queryParam("size", 100)
                    .when().get("/api/v1/tickets")
                    .then().statusCode(200).body("id", hasItem(id));

            given().auth().oauth2(ALICE.token()).queryParam("size", 100).when().get("/api/v1/tickets/" + id + "/history")
                    .then().statusCode(200)
                    .body("action", hasItems("CREATED", "ASSIGNED", "STATUS_CHANGED", "COMMENT_ADDED",
                            "SOLUTION_PROPOSED", "SOLUTION_REJECTED", "SOLUTION_ACCEPTED", "SATISFACTION_RATED",
                            "ARCHIVED"))
                    .body("actor.id", hasItem(TECH.id()));

            List<String> types = events.drain(Duration.ofSeconds(3)).stream()
                    .filter(r -> id.equals(r.key()))
                    .map(r -> read(r.value()).path("type").asText().replace("ticketing.ticket.", ""))
                    .toList();
            assertEquals(List.of("created.v1", "updated.v1", "status-changed.v1", "status-changed.v1",
                    "comment-added.v1", "status-changed.v1", "comment-added.v1", "status-changed.v1",
                    "status-changed.v1", "solution-proposed.v1", "status-changed.v1", "solution-rejected.v1",
                    "reopened.v1", "status-changed.v1", "solution-proposed.v1", "status-changed.v1",
                    "solution-accepted.v1", "closed.v1", "satisfaction-rated.v1", "archived.v1"), types);
        }
    }

    private com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldAnswer409NamingTheAllowedTargetsForAnIllegalMove() {
        String id = create(ALICE, "Illegal move", "P2");
        status(ALICE, id, Map.of("status", "IN_PROGRESS"))
                .statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("type", containsString("illegal-transition"))
                .body("allowed", equalTo(List.of("CANCELLED")));
        post(ALICE, "/api/v1/tickets/" + id + "/solution/accept", null).statusCode(409);
        status(SUPERVISOR, id, Map.of("status", "CANCELLED", "reason", "Duplicate")).statusCode(200)
                .body("status", equalTo("CANCELLED"));
        status(SUPERVISOR, id, Map.of("status", "IN_PROGRESS")).statusCode(409).body("allowed", equalTo(List.of()));
    }

    @Test
    void shouldRequireAReasonToPendAndToReject() {
        String id = assignedTicket("Reasons", "P2");
        status(TECH, id, Map.of("status", "IN_PROGRESS")).statusCode(200);
        status(TECH, id, Map.of("status", "PENDING")).statusCode(400).body("errors.field", hasItem("reason"));
        post(TECH, "/api/v1/tickets/" + id + "/solution", Map.of("text", "Done")).statusCode(200);
        post(ALICE, "/api/v1/tickets/" + id + "/solution/reject", Map.of("reason", " ")).statusCode(400);
        post(BOB, "/api/v1/tickets/" + id + "/solution/accept", null).statusCode(404);
        post(TECH2, "/api/v1/tickets/" + id + "/solution/accept", null).statusCode(404);
    }

    @Test
    void shouldResumeByItselfAtResumeAtAndMoveTheDueDatesByThePause() {
        String id = assignedTicket("Resume by itself", "P2");
        status(TECH, id, Map.of("status", "IN_PROGRESS")).statusCode(200);
        Instant resolutionDue = Instant.parse(get(TECH, id).extract().path("sla.resolutionDueAt"));
        status(TECH, id, Map.of("status", "PENDING", "reason", "Vendor", "resumeAt",
                Instant.now().plusSeconds(3).toString())).statusCode(200);
        await().atMost(EVENTUAL).untilAsserted(() -> get(TECH, id).body("status", equalTo("IN_PROGRESS"))
                .body("resumeAt", nullValue()));
        Instant movedDue = Instant.parse(get(TECH, id).extract().path("sla.resolutionDueAt"));
        assertTrue(Duration.between(resolutionDue, movedDue).toMillis() >= 2_000,
                "the paused time moves the resolution due date: " + resolutionDue + " -> " + movedDue);
        status(TECH, id, Map.of("status", "PENDING", "reason", "x", "resumeAt", "2001-01-01T00:00:00Z"))
                .statusCode(400).body("errors.field", hasItem("resumeAt"));
    }

    @Test
    void shouldCloseAnUnansweredSolutionByItself() {
        String id = assignedTicket("Nobody answers", "P2");
        status(TECH, id, Map.of("status", "IN_PROGRESS")).statusCode(200);
        post(TECH, "/api/v1/tickets/" + id + "/solution", Map.of("text", "Fixed")).statusCode(200)
                .body("solution.autoCloseAt", notNullValue());
        await().atMost(EVENTUAL).untilAsserted(() -> get(ALICE, id).body("status", equalTo("CLOSED")));
        given().auth().oauth2(ALICE.token()).when().get("/api/v1/tickets/" + id + "/history")
                .then().body("newValue", hasItem("automatic"));
    }

    @Test
    void shouldKeepInternalCommentsFromRequesters() {
        String id = assignedTicket("Internal notes", "P2");
        comment(TECH, id, "Looks like the proxy again", "INTERNAL").statusCode(201)
                .body("visibility", equalTo("INTERNAL"));
        comment(TECH, id, "Working on it", "PUBLIC").statusCode(201);
        comment(ALICE, id, "Psst", "INTERNAL").statusCode(403);
        given().auth().oauth2(ALICE.token()).when().get("/api/v1/tickets/" + id + "/comments")
                .then().statusCode(200).header("X-Total-Count", "1")
                .body("body", equalTo(List.of("Working on it")));
        given().auth().oauth2(TECH.token()).when().get("/api/v1/tickets/" + id + "/comments")
                .then().statusCode(200).header("X-Total-Count", "2");
        given().auth().oauth2(ALICE.token()).when().get("/api/v1/tickets/" + id + "/history")
                .then().statusCode(200).body("newValue", not(hasItem("INTERNAL")));
        given().auth().oauth2(BOB.token()).when().get("/api/v1/tickets/" + id + "/comments").then().statusCode(404);
    }

    @Test
    void shouldEmitSlaWarningAndBreachOnceEachAndFlagTheTicket() throws Exception {
        try (KafkaTopicWatcher events = KafkaTopicWatcher.open(Topics.TICKET_EVENTS)) {
            // P3 targets in the test profile: response 5 s, resolution 8 s.
            String id = create(ALICE, "Slow to answer", "P3");
            await().atMost(EVENTUAL).untilAsserted(() -> get(ALICE, id)
                    .body("sla.responseBreached", equalTo(true))
                    .body("sla.resolutionBreached", equalTo(true)));
            List<String> sla = events.drain(Duration.ofSeconds(4)).stream()
                    .filter(r -> id.equals(r.key()))
                    .map(r -> read(r.value()))
                    .filter(e -> e.path("type").asText().contains(".sla-"))
                    .map(e -> e.path("type").asText().replace("ticketing.ticket.", "") + ":"
                            + e.path("data").path("target").asText())
                    .sorted().toList();
            assertEquals(List.of("sla-breached.v1:RESOLUTION", "sla-breached.v1:RESPONSE",
                    "sla-warning.v1:RESOLUTION", "sla-warning.v1:RESPONSE"), sla);
        }
    }
}
