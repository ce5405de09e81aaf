package dev.ticketing.assignment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.ticketing.testkit.TestEvents;
import dev.ticketing.events.EventEnvelope;
import dev.ticketing.events.TicketCreated;
import dev.ticketing.events.Topics;
import dev.ticketing.testkit.KafkaTopicWatcher;
import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The open-ticket projection, fed through the real broker; every test files tickets of a requester of its own. */
@QuarkusTest
class OpenTicketResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TECHNICIAN = TestUser.of("tech1", "technician").bearer();

    @Test
    void shouldListTicketCreatedAndFollowItsStatus() {
        String requester = UUID.randomUUID().toString();
        String ticketId = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestEvents.send(TestEvents.created(ticketId, "BUG", "P1", requester, now));

        await().atMost(WAIT).untilAsserted(() -> openTicketsOf(requester).body("$", hasSize(1)));
        openTicketsOf(requester)
                .header("X-Total-Count", "1")
                .header("Link", containsString("rel=\"last\""))
                .body("[0].ticketId", equalTo(ticketId))
                .body("[0].title", equalTo("Printer on fire"))
                .body("[0].category", equalTo("BUG"))
                .body("[0].priority", equalTo("P1"))
                .body("[0].status", equalTo("NEW"));

        TestEvents.send(TestEvents.statusChanged(ticketId, "NEW", "IN_PROGRESS", requester, now.plusSeconds(1)));
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", TECHNICIAN)
                .when().get("/api/v1/assignments/open-tickets/" + ticketId)
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS")));

        TestEvents.send(TestEvents.statusChanged(ticketId, "IN_PROGRESS", "CLOSED", requester,
                now.plusSeconds(2)));
        await().atMost(WAIT).untilAsserted(() -> openTicketsOf(requester).body("$", empty()));
        given().header("Authorization", TECHNICIAN)
                .when().get("/api/v1/assignments/open-tickets/" + ticketId)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldApplyTheSameEventOnlyOnce() {
        String requester = UUID.randomUUID().toString();
        String ticketId = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        EventEnvelope<TicketCreated> created = TestEvents.created(ticketId, "QUESTION", "P3", requester, now);
        TestEvents.send(created);
        TestEvents.send(TestEvents.statusChanged(ticketId, "NEW", "CANCELLED", requester, now.plusSeconds(1)));
        // Redelivered after the cancellation: applied again, it would put the ticket back in the queue.
        TestEvents.send(created);
        // A sentinel on the same partition (same key): once it shows, the redelivered copy has been consumed.
        EventEnvelope<TicketCreated> sentinel = TestEvents.created(UUID.randomUUID().toString(), "QUESTION", "P3",
                requester, now.plusSeconds(2));
        KafkaTopicWatcher.send(Topics.TICKET_EVENTS, ticketId, TestEvents.json(sentinel));

        await().atMost(WAIT).untilAsserted(() -> openTicketsOf(requester).body("$", hasSize(1)));
        openTicketsOf(requester).body("[0].ticketId", equalTo(sentinel.subject()));
    }

    @Test
    void shouldConsumeRecordsWithTheOutboxHeaders() {
        String requester = UUID.randomUUID().toString();
        TestEvents.sendLikeOutbox(TestEvents.created(UUID.randomUUID().toString(), "OTHER", "P2", requester,
                Instant.now().truncatedTo(ChronoUnit.SECONDS)));

        await().atMost(WAIT).untilAsserted(() -> openTicketsOf(requester).body("$", hasSize(1)));
    }

    @Test
    void shouldSendMalformedRecordToDeadLetterTopicAndKeepConsuming() {
        String requester = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        try (KafkaTopicWatcher deadLetters = KafkaTopicWatcher.open(Topics.DEAD_LETTER)) {
            KafkaTopicWatcher.send(Topics.TICKET_EVENTS, key, "not json");
            deadLetters.await(record -> key.equals(record.key()) && "not json".equals(record.value()), WAIT);
        }
        TestEvents.send(TestEvents.created(UUID.randomUUID().toString(), "INCIDENT", "P0", requester,
                Instant.now().truncatedTo(ChronoUnit.SECONDS)));

        await().atMost(WAIT).untilAsserted(() -> openTicketsOf(requester).body("$", hasSize(1)));
    }

    @Test
    void shouldForbidRequesters() {
        given().header("Authorization", TestUser.of("alice", "requester").bearer())
                .when().get("/api/v1/assignments/open-tickets")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldRejectUnknownSortWithProblem() {
        given().header("Authorization", TECHNICIAN).queryParam("sort", "password")
                .when().get("/api/v1/assignments/open-tickets")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldReportHealth() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        await().atMost(WAIT).untilAsserted(() -> given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP")));
    }

    private static ValidatableResponse openTicketsOf(String requesterId) {
        return given().header("Authorization", TECHNICIAN).queryParam("requesterId", requesterId)
                .when().get("/api/v1/assignments/open-tickets")
                .then().statusCode(200);
    }
}
