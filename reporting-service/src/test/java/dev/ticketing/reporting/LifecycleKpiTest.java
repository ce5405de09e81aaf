package dev.ticketing.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import dev.ticketing.events.CommentAdded;
import dev.ticketing.events.EventEnvelope;
import dev.ticketing.events.SatisfactionRated;
import dev.ticketing.events.SolutionProposed;
import dev.ticketing.events.SolutionRejected;
import dev.ticketing.events.TicketAssigned;
import dev.ticketing.events.TicketClosed;
import dev.ticketing.events.Topics;
import dev.ticketing.testkit.KafkaTopicWatcher;
import dev.ticketing.testkit.TestEvents;
import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Lifecycle KPIs (response and resolution times, satisfaction, reopen rate, SLA compliance, technician filter)
 * through the real broker. Each test uses a ten-second window of the past of its own and technicians of its own.
 */
@QuarkusTest
class LifecycleKpiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SUPERVISOR = TestUser.of("sam", "supervisor").bearer();

    @Test
    void shouldComputeLifecycleKpisFromEvents() {
        Instant t = randomWindow();
        Scenario scenario = new Scenario(t);
        scenario.events.forEach(e -> TestEvents.send(e.getKey(), e.getValue()));

        await().atMost(WAIT).untilAsserted(() -> kpis(t).body("sla.closed", equalTo(2))
                .body("satisfaction.count", equalTo(2)).body("firstResponseTime.count", equalTo(3)));
        assertFigures(kpis(t));
    }

    @Test
    void shouldFilterByTechnician() {
        Instant t = randomWindow();
        Scenario scenario = new Scenario(t);
        scenario.events.forEach(e -> TestEvents.send(e.getKey(), e.getValue()));

        await().atMost(WAIT).untilAsserted(() -> kpis(t, "technicianId", scenario.techX)
                .body("ticketsCreated", equalTo(2)).body("sla.closed", equalTo(2)));
        kpis(t, "technicianId", scenario.techX)
                .body("firstResponseTime.count", equalTo(2))
                .body("firstResponseTime.meanSeconds", equalTo(2.5f))
                .body("resolutionTime.count", equalTo(2));
        await().atMost(WAIT).untilAsserted(() -> kpis(t, "technicianId", scenario.techY)
                .body("ticketsCreated", equalTo(1))
                .body("firstResponseTime.count", equalTo(1))
                .body("firstResponseTime.medianSeconds", equalTo(6.0f))
                .body("resolutionTime.count", equalTo(0))
                .body("resolutionTime.meanSeconds", nullValue())
                .body("sla.complianceRate", nullValue()));
        kpis(t, "technicianId", UUID.randomUUID().toString()).body("ticketsCreated", equalTo(0));
    }

    @Test
    void shouldGiveTheSameFiguresWhenEventsAreDeliveredTwice() {
        Instant t = randomWindow();
        Scenario scenario = new Scenario(t);
        scenario.events.forEach(e -> TestEvents.send(e.getKey(), e.getValue()));
        await().atMost(WAIT).untilAsserted(() -> kpis(t).body("sla.closed", equalTo(2))
                .body("satisfaction.count", equalTo(2)).body("firstResponseTime.count", equalTo(3)));

        // Redelivered (same event ids), as after a rebalance; then a sentinel on each ticket's partition.
        scenario.events.forEach(e -> TestEvents.send(e.getKey(), e.getValue()));
        for (String key : List.of(scenario.a, scenario.b, scenario.c)) {
            KafkaTopicWatcher.send(Topics.TICKET_EVENTS, key, TestEvents.json(
                    TestEvents.created(UUID.randomUUID().toString(), "BUG", "P3", "someone", t)));
        }
        await().atMost(WAIT).untilAsserted(() -> kpis(t).body("ticketsCreated", equalTo(6)));
        assertFigures(kpis(t), 6);
    }

    private static void assertFigures(ValidatableResponse kpis) {
        assertFigures(kpis, 3);
    }

    private static void assertFigures(ValidatableResponse kpis, int created) {
        kpis.body("ticketsCreated", equalTo(created))
                .body("firstResponseTime.count", equalTo(3))
                .body("firstResponseTime.meanSeconds", equalTo(3.667f))
                .body("firstResponseTime.medianSeconds", equalTo(4.0f))
                .body("firstResponseTime.p90Seconds", equalTo(5.6f))
                .body("resolutionTime.count", equalTo(2))
                .body("resolutionTime.meanSeconds", equalTo(4.0f))
                .body("resolutionTime.medianSeconds", equalTo(4.0f))
                .body("resolutionTime.p90Seconds", equalTo(5.6f))
                .body("satisfaction.count", equalTo(2))
                .body("satisfaction.averageRating", equalTo(3.5f))
                .body("satisfaction.satisfactionRate", equalTo(0.5f))
                .body("reopenRate", equalTo(0.5f))
                .body("sla.closed", equalTo(2))
                .body("sla.compliant", equalTo(1))
                .body("sla.responseBreached", equalTo(1))
                .body("sla.resolutionBreached", equalTo(0))
                .body("sla.complianceRate", equalTo(0.5f));
    }

    /**
     * Three tickets created at t: A answered at +1, resolved at +2, closed at +3, rated 5; B answered by its
     * solution at +4 (an internal note and the requester's own comment do not count), rejected at +5, resolved
     * again at +6, closed at +7 with the response target missed, rated 2; C answered at +6, still open. A and B
     * belong to technician X, C to Y.
     */
    private static final class Scenario {
        final String techX = UUID.randomUUID().toString();
        final String techY = UUID.randomUUID().toString();
        final String a = UUID.randomUUID().toString();
        final String b = UUID.randomUUID().toString();
        final String c = UUID.randomUUID().toString();
        final List<Map.Entry<String, EventEnvelope<?>>> events = new ArrayList<>();

        Scenario(Instant t) {
            String requester = UUID.randomUUID().toString();
            for (String id : List.of(a, b, c)) {
                ticket(TestEvents.created(id, "INCIDENT", "P2", requester, t));
            }
            assign(a, techX, t);
            assign(b, techX, t);
            assign(c, techY, t);

            ticket(comment(a, techX, "PUBLIC", requester, t.plusSeconds(1)));
            ticket(solution(a, requester, t.plusSeconds(2)));
            ticket(TestEvents.statusChanged(a, "IN_PROGRESS", "RESOLVED", requester, t.plusSeconds(2)));
            ticket(closed(a, requester, techX, t, t.plusSeconds(1), t.plusSeconds(2), t.plusSeconds(3), 0, false));
            ticket(rated(a, requester, 5, t.plusSeconds(4)));

            ticket(comment(b, techX, "INTERNAL", requester, t.plusSeconds(1)));
            ticket(comment(b, requester, "PUBLIC", requester, t.plusSeconds(1)));
            ticket(solution(b, requester, t.plusSeconds(4)));
            ticket(TestEvents.statusChanged(b, "IN_PROGRESS", "RESOLVED", requester, t.plusSeconds(4)));
            ticket(EventEnvelope.of("/ticket-service", SolutionRejected.TYPE, b, null,
                    new SolutionRejected(b, requester, "Still broken", 1, t.plusSeconds(5))));
            ticket(TestEvents.statusChanged(b, "RESOLVED", "IN_PROGRESS", requester, t.plusSeconds(5)));
            ticket(solution(b, requester, t.plusSeconds(6)));
            ticket(TestEvents.statusChanged(b, "IN_PROGRESS", "RESOLVED", requester, t.plusSeconds(6)));
            ticket(closed(b, requester, techX, t, t.plusSeconds(4), t.plusSeconds(6), t.plusSeconds(7), 1, true));
            ticket(rated(b, requester, 2, t.plusSeconds(8)));

            ticket(comment(c, techY, "PUBLIC", requester, t.plusSeconds(6)));
        }

        private void ticket(EventEnvelope<?> envelope) {
            events.add(Map.entry(Topics.TICKET_EVENTS, envelope));
        }

        private void assign(String ticketId, String technicianId, Instant at) {
            events.add(Map.entry(Topics.ASSIGNMENT_EVENTS, EventEnvelope.of("/assignment-service",
                    TicketAssigned.TYPE, ticketId, null, new TicketAssigned(UUID.randomUUID().toString(), ticketId,
                            technicianId, "Tina", "sup", "MANUAL", at, "Sam Supervisor"))));
        }
    }

    private static EventEnvelope<CommentAdded> comment(String ticketId, String authorId, String visibility,
            String requesterId, Instant at) {
        return EventEnvelope.of("/ticket-service", CommentAdded.TYPE, ticketId, null, new CommentAdded(ticketId,
                UUID.randomUUID().toString(), authorId, "Someone", visibility, requesterId, null, at));
    }

    private static EventEnvelope<SolutionProposed> solution(String ticketId, String requesterId, Instant at) {
        return EventEnvelope.of("/ticket-service", SolutionProposed.TYPE, ticketId, null,
                new SolutionProposed(ticketId, "tech", requesterId, null, at.plusSeconds(86400), at));
    }

    private static EventEnvelope<TicketClosed> closed(String ticketId, String requesterId, String assigneeId,
            Instant createdAt, Instant firstResponseAt, Instant resolvedAt, Instant closedAt, int reopenCount,
            boolean responseBreached) {
        return EventEnvelope.of("/ticket-service", TicketClosed.TYPE, ticketId, null, new TicketClosed(ticketId,
                requesterId, assigneeId, "INCIDENT", "P2", createdAt, firstResponseAt, resolvedAt, closedAt,
                reopenCount, responseBreached, false));
    }

    private static EventEnvelope<SatisfactionRated> rated(String ticketId, String requesterId, int rating,
            Instant at) {
        return EventEnvelope.of("/ticket-service", SatisfactionRated.TYPE, ticketId, null,
                new SatisfactionRated(ticketId, requesterId, null, rating, "ok", at));
    }

    private static ValidatableResponse kpis(Instant t, String... filter) {
        var request = given().header("Authorization", SUPERVISOR)
                .queryParam("from", t.toString()).queryParam("to", t.plusSeconds(10).toString());
        for (int i = 0; i + 1 < filter.length; i += 2) {
            request.queryParam(filter[i], filter[i + 1]);
        }
        return request.when().get("/api/v1/reports/kpis").then().statusCode(200);
    }

    /** A whole ten seconds between 2000 and 2020, unlikely to be drawn twice across runs. */
    private static Instant randomWindow() {
        long start = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
        long span = Duration.ofDays(365 * 20).toSeconds() / 10;
        return Instant.ofEpochSecond(start + ThreadLocalRandom.current().nextLong(span) * 10);
    }
}
