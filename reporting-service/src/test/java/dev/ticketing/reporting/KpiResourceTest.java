package dev.ticketing.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import dev.ticketing.testkit.TestEvents;
import dev.ticketing.events.EventEnvelope;
import dev.ticketing.events.StatusChanged;
import dev.ticketing.events.TicketCreated;
import dev.ticketing.events.Topics;
import dev.ticketing.testkit.KafkaTopicWatcher;
import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * KPIs through the real broker and database. Each test places its tickets in a ten-second window of the past that
 * no other test (or earlier run) uses, so the figures of that window come from this test's events only.
 */
@QuarkusTest
class KpiResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SUPERVISOR = TestUser.of("sam", "supervisor").bearer();

    @Test
    void shouldCountTicketCreatedAndResolvedFromEvents() {
        Instant t = randomWindow();
        String ticketId = UUID.randomUUID().toString();
        TestEvents.send(TestEvents.created(ticketId, "BUG", "P1", UUID.randomUUID().toString(), t));

        await().atMost(WAIT).untilAsserted(() -> kpis(t)
                .body("ticketsCreated", equalTo(1))
                .body("ticketsResolved", equalTo(0))
                .body("byCategory.BUG", equalTo(1))
                .body("byCategory.INCIDENT", equalTo(0))
                .body("byPriority.P1", equalTo(1))
                .body("from", equalTo(t.toString()))
                .body("to", equalTo(t.plusSeconds(10).toString())));
        assertEquals(1, backlogAddedIn(t), "backlog grows by the open ticket");

        TestEvents.send(TestEvents.statusChanged(ticketId, "IN_PROGRESS", "RESOLVED", null, t.plusSeconds(5)));

        await().atMost(WAIT).untilAsserted(() -> kpis(t)
                .body("ticketsCreated", equalTo(1))
                .body("ticketsResolved", equalTo(1)));
        assertEquals(0, backlogAddedIn(t), "the resolved ticket left the backlog");
    }

    @Test
    void shouldConsumeRecordsWithTheOutboxHeaders() {
        Instant t = randomWindow();
        TestEvents.sendLikeOutbox(
                TestEvents.created(UUID.randomUUID().toString(), "CHANGE_REQUEST", "P3", "r4", t));

        await().atMost(WAIT).untilAsserted(() -> kpis(t).body("byCategory.CHANGE_REQUEST", equalTo(1)));
    }

    @Test
    void shouldFilterByCategoryAndPriority() {
        Instant t = randomWindow();
        TestEvents.send(TestEvents.created(UUID.randomUUID().toString(), "INCIDENT", "P0", "r1", t));
        TestEvents.send(TestEvents.created(UUID.randomUUID().toString(), "INCIDENT", "P2", "r1", t));
        TestEvents.send(TestEvents.created(UUID.randomUUID().toString(), "QUESTION", "P2", "r1", t));

        await().atMost(WAIT).untilAsserted(() -> kpis(t).body("ticketsCreated", equalTo(3)));
        kpis(t, "category", "INCIDENT").body("ticketsCreated", equalTo(2)).body("byPriority.P0", equalTo(1))
                .body("byCategory.QUESTION", equalTo(0));
        kpis(t, "priority", "P2").body("ticketsCreated", equalTo(2)).body("byCategory.QUESTION", equalTo(1));
    }

    @Test
    void shouldApplyTheSameEventOnlyOnce() {
        Instant t = randomWindow();
        String ticketId = UUID.randomUUID().toString();
        EventEnvelope<TicketCreated> created = TestEvents.created(ticketId, "ASSISTANCE", "P3", "r2", t);
        EventEnvelope<StatusChanged> resolved = TestEvents.statusChanged(ticketId, "IN_PROGRESS", "RESOLVED", "r2",
                t.plusSeconds(2));
        TestEvents.send(created);
        TestEvents.send(created);
        TestEvents.send(resolved);
        TestEvents.send(TestEvents.statusChanged(ticketId, "RESOLVED", "IN_PROGRESS", "r2", t.plusSeconds(3)));
        // Redelivered after the reopening: applied again, it would count the ticket as resolved.
        TestEvents.send(resolved);
        // A sentinel on the same partition (same key): once it shows, every record above has been consumed.
        EventEnvelope<TicketCreated> sentinel = TestEvents.created(UUID.randomUUID().toString(), "QUESTION", "P3",
                "r2", t.plusSeconds(4));
        KafkaTopicWatcher.send(Topics.TICKET_EVENTS, ticketId, TestEvents.json(sentinel));

        await().atMost(WAIT).untilAsserted(() -> kpis(t).body("byCategory.QUESTION", equalTo(1)));
        kpis(t).body("ticketsCreated", equalTo(2))
                .body("byCategory.ASSISTANCE", equalTo(1))
                .body("ticketsResolved", equalTo(0));
        assertEquals(2, backlogAddedIn(t), "the reopened ticket and the sentinel are open");
    }

    @Test
    void shouldSendMalformedRecordToDeadLetterTopicAndKeepConsuming() {
        Instant t = randomWindow();
        String key = UUID.randomUUID().toString();
        try (KafkaTopicWatcher deadLetters = KafkaTopicWatcher.open(Topics.DEAD_LETTER)) {
            KafkaTopicWatcher.send(Topics.TICKET_EVENTS, key, "not json");
            deadLetters.await(record -> key.equals(record.key()) && "not json".equals(record.value()), WAIT);
        }
        TestEvents.send(TestEvents.created(UUID.randomUUID().toString(), "OTHER", "P2", "r3", t));

        await().atMost(WAIT).untilAsserted(() -> kpis(t).body("byCategory.OTHER", equalTo(1)));
    }

    @Test
    void shouldDeadLetterAValueTooLongForItsColumnAndKeepConsumingThePartition() {
        Instant t = randomWindow();
        String ticketId = UUID.randomUUID().toString();
        try (KafkaTopicWatcher deadLetters = KafkaTopicWatcher.open(Topics.DEAD_LETTER)) {
            // A requester id its column cannot hold: failing the same way at every retry, it is poison.
            TestEvents.send(TestEvents.created(ticketId, "BUG", "P2", "r".repeat(101), t));
            deadLetters.await(record -> ticketId.equals(record.key()), WAIT);
        }
        // The next event of the same ticket (same key, same partition) is applied.
        TestEvents.send(TestEvents.created(ticketId, "BUG", "P2", "r4", t));

        await().atMost(WAIT).untilAsserted(() -> kpis(t).body("byCategory.BUG", equalTo(1)));
        kpis(t).body("ticketsCreated", equalTo(1));
    }

    @Test
    void shouldRejectInvalidParametersWithProblem() {
        given().header("Authorization", SUPERVISOR).queryParam("from", "yesterday")
                .when().get("/api/v1/reports/kpis")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("from"));
        given().header("Authorization", SUPERVISOR).queryParam("category", "FIRE")
                .when().get("/api/v1/reports/kpis")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("category"));
        given().header("Authorization", SUPERVISOR)
                .queryParam("from", "2026-02-01T00:00:00Z").queryParam("to", "2026-01-01T00:00:00Z")
                .when().get("/api/v1/reports/kpis")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldForbidRequesters() {
        given().header("Authorization", TestUser.of("alice", "requester").bearer())
                .when().get("/api/v1/reports/kpis")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    void shouldLetAdminsReadReports() {
        given().header("Authorization", TestUser.of("root", "admin").bearer())
                .when().get("/api/v1/reports/kpis")
                .then().statusCode(200).body("byPriority.P0", org.hamcrest.Matchers.notNullValue());
    }

    private static ValidatableResponse kpis(Instant t, String... filter) {
        var request = given().header("Authorization", SUPERVISOR)
                .queryParam("from", t.toString()).queryParam("to", t.plusSeconds(10).toString());
        for (int i = 0; i + 1 < filter.length; i += 2) {
            request.queryParam(filter[i], filter[i + 1]);
        }
        return request.when().get("/api/v1/reports/kpis").then().statusCode(200);
    }

    /**
     * How much the backlog grew over the test's window. The backlog counts every ticket still open at the end of
     * the period, whenever it was created, so only the difference isolates this test's tickets.
     */
    private static int backlogAddedIn(Instant t) {
        int before = given().header("Authorization", SUPERVISOR)
                .queryParam("from", t.minusSeconds(10).toString()).queryParam("to", t.toString())
                .when().get("/api/v1/reports/kpis").then().statusCode(200).extract().path("backlog");
        int after = kpis(t).extract().path("backlog");
        return after - before;
    }

    /** A whole second between 2000 and 2020, unlikely to be drawn twice across runs. */
    private static Instant randomWindow() {
        long start = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
        long span = Duration.ofDays(365 * 20).toSeconds() / 10;
        return Instant.ofEpochSecond(start + ThreadLocalRandom.current().nextLong(span) * 10);
    }
}
