package dev.ticketing.tickets.ticket;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.ticketing.events.TicketCreated;
import dev.ticketing.events.Topics;
import dev.ticketing.testkit.KafkaTopicWatcher;
import dev.ticketing.tickets.TicketApi;
import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class TicketResourceTest {

    private static final TestUser ALICE = TestUser.of("alice", "requester");
    private static final TestUser BOB = TestUser.of("bob", "requester");
    private static final TestUser TECH = TestUser.of("tech1", "technician");
    private static final TestUser SUPERVISOR = TestUser.of("supervisor", "supervisor");

    @Inject
    ObjectMapper mapper;

    private static Map<String, Object> ticket(String title) {
        return Map.of("title", title, "description", "It stopped working this morning.", "category", "INCIDENT",
                "priority", "P1");
    }

    private static String create(TestUser user, Map<String, Object> body) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tickets")
                .then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void shouldCreateTicketWithRequesterFromToken() {
        Instant before = Instant.now().minusSeconds(2);
        String location = given().auth().oauth2(ALICE.token()).contentType(ContentType.JSON)
                .body(ticket("Printer on fire"))
                .when().post("/api/v1/tickets")
                .then().statusCode(201)
                .header("ETag", notNullValue())
                .body("title", equalTo("Printer on fire"))
                .body("status", equalTo("NEW"))
                .body("priority", equalTo("P1"))
                .body("category", equalTo("INCIDENT"))
                .body("channel", equalTo("WEB"))
                .body("requester.id", equalTo(ALICE.id()))
                .body("requester.name", equalTo("alice"))
                .body("assignee", nullValue())
                .body("archived", equalTo(false))
                .extract().header("Location");

        String id = location.substring(location.lastIndexOf('/') + 1);
        given().auth().oauth2(ALICE.token())
                .when().get("/api/v1/tickets/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("title", equalTo("Printer on fire"));

        String responseDue = given().auth().oauth2(ALICE.token()).get("/api/v1/tickets/" + id).path("sla.responseDueAt");
        String createdAt = given().auth().oauth2(ALICE.token()).get("/api/v1/tickets/" + id).path("createdAt");
        // P1: first response within one hour of creation.
        assertEquals(Duration.ofHours(1), Duration.between(Instant.parse(createdAt), Instant.parse(responseDue)));
        assertEquals(true, Instant.parse(createdAt).isAfter(before));
    }

    @Test
    void shouldDerivePriorityFromImpactAndUrgency() {
        given().auth().oauth2(ALICE.token()).contentType(ContentType.JSON)
                .body(Map.of("title", "Whole site down", "description", "Nobody can work.", "category", "INCIDENT",
                        "impact", 1, "urgency", 1))
                .when().post("/api/v1/tickets")
                .then().statusCode(201)
                .body("priority", equalTo("P0"));
        given().auth().oauth2(ALICE.token()).contentType(ContentType.JSON)
                .body(Map.of("title", "New font", "description", "Nicer font please.", "category",
                        "CHANGE_REQUEST", "impact", 3, "urgency", 2))
                .when().post("/api/v1/tickets")
                .then().statusCode(201)
                .body("priority", equalTo("P3"));
    }

    @Test
    void shouldPublishTicketCreatedOnTicketEventsKeyedByTicketId() throws Exception {
        try (KafkaTopicWatcher watcher = KafkaTopicWatcher.open(Topics.TICKET_EVENTS)) {
            String id = create(ALICE, ticket("Event check"));

            ConsumerRecord<String, String> record = watcher.await(r -> id.equals(r.key()), Duration.ofSeconds(30));
            JsonNode envelope = mapper.readTree(record.value());
            assertEquals("1.0", envelope.path("specversion").asText());
            assertEquals(TicketCreated.TYPE, envelope.path("type").asText());
            assertEquals("/ticket-service", envelope.path("source").asText());
            assertEquals(id, envelope.path("subject").asText());
            assertEquals(id, envelope.path("data").path("ticketId").asText());
            assertEquals(ALICE.id(), envelope.path("data").path("requesterId").asText());
            assertEquals("P1", envelope.path("data").path("priority").asText());
            assertEquals("INCIDENT", envelope.path("data").path("category").asText());
        }
    }

    @Test
    void shouldCarryRequestIdIntoTheEventAndTheAnswer() throws Exception {
        try (KafkaTopicWatcher watcher = KafkaTopicWatcher.open(Topics.TICKET_EVENTS)) {
            String id = given().auth().oauth2(ALICE.token()).header("X-Request-Id", "req-test-42")
                    .contentType(ContentType.JSON).body(ticket("Traced"))
                    .when().post("/api/v1/tickets")
                    .then().statusCode(201).header("X-Request-Id", "req-test-42")
                    .extract().path("id");
            JsonNode envelope = mapper.readTree(watcher.await(r -> id.equals(r.key()), Duration.ofSeconds(30)).value());
            assertEquals("req-test-42", envelope.path("requestid").asText());
        }
    }

    @Test
    void shouldLetATechnicianFileOnBehalfOfAKnownRequesterWithTheDirectorysName() {
        TestUser bob = TestUser.of("bob", "requester");
        Map<String, Object> onBehalf = Map.of("title", "Phone call", "description", "Called about the VPN.",
                "category", "ASSISTANCE", "priority", "P2", "channel", "PHONE", "requesterId", bob.id(),
                "requesterName", "Admin Demo (spoofed)");
        // Unknown to the directory: refused.
        given().auth().oauth2(TECH.token()).contentType(ContentType.JSON).body(onBehalf)
                .when().post("/api/v1/tickets")
                .then().statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("requesterId"));

        TicketApi.userCreated(bob, "Bob Builder");
        String id = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(
                () -> given().auth().oauth2(TECH.token()).contentType(ContentType.JSON).body(onBehalf)
                        .when().post("/api/v1/tickets").then().extract(),
                answer -> answer.statusCode() != 422).path("id");
        TicketApi.get(TECH, id).statusCode(200)
                .body("requester.id", equalTo(bob.id()))
                .body("requester.name", equalTo("Bob Builder"))
                .body("channel", equalTo("PHONE"));
        TicketApi.history(TECH, id).body("[0].actor.name", equalTo("tech1"));
        given().auth().oauth2(ALICE.token()).contentType(ContentType.JSON).body(onBehalf)
                .when().post("/api/v1/tickets")
                .then().statusCode(403)
                .contentType(containsString("application/problem+json"));

        // Renamed in the directory: later tickets show the new name.
        TicketApi.userUpdated(bob, "Robert Builder");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(
                () -> given().auth().oauth2(TECH.token()).contentType(ContentType.JSON).body(onBehalf)
                        .when().post("/api/v1/tickets").then().statusCode(201).extract()
                        .<String>path("requester.name"),
                name -> name.equals("Robert Builder"));

        // Disabled: refused again.
        TicketApi.userDisabled(bob);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(
                () -> given().auth().oauth2(TECH.token()).contentType(ContentType.JSON).body(onBehalf)
                        .when().post("/api/v1/tickets").then().extract().statusCode(),
                status -> status == 422);
    }

    @Test
    void shouldAnswerProblemJsonForInvalidInput() {
        given().auth().oauth2(ALICE.token()).contentType(ContentType.JSON)
                .body(Map.of("title", " ", "description", "x", "category", "INCIDENT", "priority", "P1"))
                .when().post("/api/v1/tickets")
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(400))
                .body("type", endsWith("/validation"))
                .body("errors.field", hasItem("title"));

        given().auth().oauth2(ALICE.token()).contentType(ContentType.JSON)
                .body(Map.of("title", "t", "description", "d", "category", "NOT_A_CATEGORY", "priority", "P1"))
                .when().post("/api/v1/tickets")
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("category"));

        given().auth().oauth2(ALICE.token()).contentType(ContentType.JSON)
                .body("{\"title\": ")
                .when().post("/api/v1/tickets")
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"));

        given().auth().oauth2(ALICE.token()).contentType(ContentType.JSON)
                .body(Map.of("title", "t", "description", "d", "category", "BUG"))
                .when().post("/api/v1/tickets")
                .then().statusCode(400)
                .body("errors.field", hasItem("priority"));

        given().auth().oauth2(ALICE.token()).contentType(ContentType.JSON)
                .body(Map.of("title", "x".repeat(201), "description", "d", "category", "BUG", "priority", "P3"))
                .when().post("/api/v1/tickets")
                .then().statusCode(400)
                .body("errors.field", hasItem("title"));
    }

    @Test
    void shouldHideAnotherRequestersTicketAs404() {
        String id = create(ALICE, ticket("Private matter"));
        given().auth().oauth2(BOB.token())
                .when().get("/api/v1/tickets/" + id)
                .then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        given().auth().oauth2(SUPERVISOR.token())
                .when().get("/api/v1/tickets/" + id)
                .then().statusCode(200);
        given().auth().oauth2(TECH.token())
                .when().get("/api/v1/tickets/" + id)
                .then().statusCode(200); // unassigned tickets are visible to technicians
        given().auth().oauth2(ALICE.token())
                .when().get("/api/v1/tickets/no-such-ticket")
                .then().statusCode(404)
                .body("status", equalTo(404));
    }

    @Test
    void shouldServeHealthMetricsAndOpenApi() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("ticketing_outbox_pending"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/tickets"));
    }
}
