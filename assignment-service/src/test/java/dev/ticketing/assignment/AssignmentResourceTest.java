package dev.ticketing.assignment;

import static dev.ticketing.assignment.TechnicianResourceTest.SUPERVISOR;
import static dev.ticketing.assignment.TechnicianResourceTest.WAIT;
import static dev.ticketing.assignment.TechnicianResourceTest.createTechnician;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.ticketing.events.EventEnvelope;
import dev.ticketing.events.FieldChange;
import dev.ticketing.events.TicketAssigned;
import dev.ticketing.events.TicketUpdated;
import dev.ticketing.events.Topics;
import dev.ticketing.testkit.KafkaTopicWatcher;
import dev.ticketing.testkit.TestEvents;
import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Manual assignment against the ticket and technician projections, with TicketAssigned on the real broker. */
@QuarkusTest
class AssignmentResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldAssignAndPublishTicketAssigned() throws Exception {
        String ticketId = openTicket();
        String technicianId = createTechnician("Ada " + UUID.randomUUID());
        TestUser supervisor = TestUser.of("supervisor", "supervisor");

        try (KafkaTopicWatcher watcher = KafkaTopicWatcher.open(Topics.ASSIGNMENT_EVENTS)) {
            String location = assign(supervisor.bearer(), ticketId, technicianId)
                    .statusCode(201)
                    .body("ticketId", equalTo(ticketId))
                    .body("technicianId", equalTo(technicianId))
                    .body("assignedBy", equalTo(supervisor.id()))
                    .body("mode", equalTo("MANUAL"))
                    .extract().header("Location");
            String assignmentId = location.substring(location.lastIndexOf('/') + 1);

            ConsumerRecord<String, String> record = watcher.await(r -> ticketId.equals(r.key()), WAIT);
            JsonNode event = JSON.readTree(record.value());
            assertEquals(TicketAssigned.TYPE, event.get("type").asText());
            assertEquals(ticketId, event.get("subject").asText());
            assertEquals("/assignment-service", event.get("source").asText());
            assertEquals(assignmentId, event.at("/data/assignmentId").asText());
            assertEquals(technicianId, event.at("/data/technicianId").asText());
            assertEquals(supervisor.id(), event.at("/data/assignedById").asText());
            assertEquals("MANUAL", event.at("/data/mode").asText());

            given().header("Authorization", SUPERVISOR).when().get(location)
                    .then().statusCode(200).body("id", equalTo(assignmentId));
        }
        given().header("Authorization", SUPERVISOR).queryParam("ticketId", ticketId)
                .when().get("/api/v1/assignments")
                .then().statusCode(200).header("X-Total-Count", "1").body("[0].technicianId", equalTo(technicianId));
        given().header("Authorization", SUPERVISOR).when().get("/api/v1/assignments/open-tickets/" + ticketId)
                .then().statusCode(200).body("assigneeId", equalTo(technicianId));
        given().header("Authorization", SUPERVISOR).when().get("/api/v1/technicians/" + technicianId)
                .then().statusCode(200).body("openTickets", equalTo(1));

        // The same technician again: nothing to do.
        assign(SUPERVISOR, ticketId, technicianId).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldLetTechnicianTakeTicketForThemselfOnly() {
        String ticketId = openTicket();
        String technicianId = createTechnician("Tess");
        String otherId = createTechnician("Otto");
        String bearer = new TestUser(technicianId, "tess", "Tess", Set.of("technician")).bearer();

        assign(bearer, ticketId, otherId).statusCode(403).contentType("application/problem+json");
        assign(bearer, ticketId, technicianId).statusCode(201)
                .body("assignedBy", equalTo(technicianId));
        // A supervisor may move it to someone else.
        assign(SUPERVISOR, ticketId, otherId).statusCode(201);
        given().header("Authorization", SUPERVISOR).queryParam("ticketId", ticketId)
                .when().get("/api/v1/assignments")
                // Both in the same second: MariaDB keeps timestamps to the second, so the order between them is open.
                .then().statusCode(200).body("$", hasSize(2))
                .body("technicianId", org.hamcrest.Matchers.containsInAnyOrder(technicianId, otherId));
    }

    @Test
    void shouldForbidRequesters() {
        TestUser requester = TestUser.of("alice", "requester");
        assign(requester.bearer(), UUID.randomUUID().toString(), requester.id())
                .statusCode(403).contentType("application/problem+json");
        given().header("Authorization", requester.bearer()).queryParam("ticketId", UUID.randomUUID().toString())
                .when().get("/api/v1/assignments").then().statusCode(403);
    }

    @Test
    void shouldRejectUnknownOrUnavailableTechnician() {
        String ticketId = openTicket();
        assign(SUPERVISOR, ticketId, UUID.randomUUID().toString())
                .statusCode(422).contentType("application/problem+json").body("status", equalTo(422));

        String technicianId = createTechnician("Una");
        String etag = given().header("Authorization", SUPERVISOR).when().get("/api/v1/technicians/" + technicianId)
                .then().extract().header("ETag");
        given().header("Authorization", SUPERVISOR).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("available", false))
                .when().patch("/api/v1/technicians/" + technicianId).then().statusCode(200);
        assign(SUPERVISOR, ticketId, technicianId).statusCode(422).contentType("application/problem+json");
    }

    @Test
    void shouldRejectClosedAndUnknownTickets() {
        String technicianId = createTechnician("Cleo");
        String ticketId = openTicket();
        TestEvents.send(TestEvents.statusChanged(ticketId, "NEW", "CLOSED", "r", Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", SUPERVISOR)
                .when().get("/api/v1/assignments/open-tickets/" + ticketId).then().statusCode(404));

        assign(SUPERVISOR, ticketId, technicianId).statusCode(409).contentType("application/problem+json");
        assign(SUPERVISOR, UUID.randomUUID().toString(), technicianId)
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldValidateTheRequest() {
        given().header("Authorization", SUPERVISOR).contentType(ContentType.JSON).body(Map.of("ticketId", ""))
                .when().post("/api/v1/assignments")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", SUPERVISOR).when().get("/api/v1/assignments")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldFollowAssigneeFromTicketUpdated() {
        String ticketId = openTicket();
        String technicianId = createTechnician("Fred");
        TestEvents.send(EventEnvelope.of("/ticket-service", TicketUpdated.TYPE, ticketId, null,
                new TicketUpdated(ticketId, Map.of("assignee", new FieldChange(null, technicianId)), "sup",
                        Instant.now())));
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", SUPERVISOR)
                .when().get("/api/v1/technicians/" + technicianId).then().statusCode(200)
                .body("openTickets", equalTo(1)));
    }

    /** Files a ticket through ticket-events and waits until the projection has it. */
    private static String openTicket() {
        String ticketId = UUID.randomUUID().toString();
        TestEvents.send(TestEvents.created(ticketId, "INCIDENT", "P2", UUID.randomUUID().toString(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", SUPERVISOR)
                .when().get("/api/v1/assignments/open-tickets/" + ticketId).then().statusCode(200));
        return ticketId;
    }

    private static ValidatableResponse assign(String bearer, String ticketId, String technicianId) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON)
                .body(Map.of("ticketId", ticketId, "technicianId", technicianId))
                .when().post("/api/v1/assignments").then();
    }
}
