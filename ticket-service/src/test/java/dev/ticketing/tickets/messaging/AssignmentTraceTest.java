package dev.ticketing.tickets.messaging;

import static dev.ticketing.tickets.TicketApi.assignThroughKafka;
import static dev.ticketing.tickets.TicketApi.get;
import static dev.ticketing.tickets.TicketApi.history;
import static dev.ticketing.tickets.TicketApi.post;
import static dev.ticketing.tickets.TicketApi.status;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.ticketing.events.EventEnvelope;
import dev.ticketing.events.TicketAssigned;
import dev.ticketing.testkit.TestTokens.TestUser;
import dev.ticketing.tickets.TicketApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** What an assignment event causes carries its request id and its time; answers keep one timestamp precision. */
@QuarkusTest
class AssignmentTraceTest {

    private static final TestUser ALICE = TestUser.of("alice", "requester");
    private static final TestUser TECH = TestUser.of("tech1", "technician");
    private static final TestUser ADMIN = TestUser.of("admin", "admin");

    @Test
    void shouldCarryTheRequestIdAndTimeOfTheAssignmentIntoTheHistory() {
        String id = TicketApi.create(ALICE, "Traced assignment", "P2");
        EventEnvelope<TicketAssigned> sent = assignThroughKafka(id, TECH, "req-assign-77");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(TECH, id).statusCode(200)
                .body("status", equalTo("ASSIGNED")));
        List<Map<String, Object>> entries = history(TECH, id).statusCode(200).extract().path("$");
        List<Map<String, Object>> caused = entries.stream()
                .filter(e -> List.of("ASSIGNED", "STATUS_CHANGED").contains(e.get("action"))).toList();
        assertEquals(2, caused.size(), entries.toString());
        for (Map<String, Object> entry : caused) {
            assertEquals("req-assign-77", entry.get("requestId"), entry.toString());
            assertEquals(sent.time().truncatedTo(ChronoUnit.SECONDS), Instant.parse((String) entry.get("at")),
                    entry.toString());
        }
    }

    @Test
    void shouldAnswerTheSameInstantsWhenPostingAndWhenReadingLater() {
        ExtractableResponse<Response> created = given().auth().oauth2(ALICE.token())
                .contentType("application/json")
                .body(Map.of("title", "Precision", "description", "d", "category", "INCIDENT", "priority", "P2"))
                .when().post("/api/v1/tickets").then().statusCode(201).extract();
        String id = created.path("id");
        ExtractableResponse<Response> read = get(ALICE, id).statusCode(200)
                .header("Cache-Control", containsString("no-store")).extract();
        for (String field : List.of("createdAt", "updatedAt", "sla.responseDueAt", "sla.resolutionDueAt")) {
            assertEquals((String) created.path(field), read.path(field), field);
        }
        assignThroughKafka(id, TECH);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(TECH, id).body("status",
                equalTo("ASSIGNED")));
        status(TECH, id, Map.of("status", "IN_PROGRESS")).statusCode(200);
        String resolvedAt = post(TECH, "/api/v1/tickets/" + id + "/solution", Map.of("text", "Done"))
                .statusCode(200).extract().path("resolvedAt");
        assertEquals(resolvedAt, get(TECH, id).extract().path("resolvedAt"));
        assertEquals(0, Instant.parse(resolvedAt).getNano(), "whole seconds: " + resolvedAt);
    }

    @Test
    void shouldDeadLetterAnAssignmentOfATicketThatDoesNotExist() {
        String missing = UUID.randomUUID().toString();
        EventEnvelope<TicketAssigned> sent = assignThroughKafka(missing, TECH, "req-poison-1");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ADMIN.token())
                .queryParam("size", 100)
                .when().get("/api/v1/dead-letters/ticket-service")
                .then().statusCode(200)
                .body("eventId", hasItem(sent.id())));
    }
}
