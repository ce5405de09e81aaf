package dev.ticketing.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.ticketing.events.CommentAdded;
import dev.ticketing.events.EventEnvelope;
import dev.ticketing.events.SlaBreached;
import dev.ticketing.events.SolutionProposed;
import dev.ticketing.events.TicketAssigned;
import dev.ticketing.events.TicketClosed;
import dev.ticketing.events.Topics;
import dev.ticketing.events.UserCreated;
import dev.ticketing.events.UserDisabled;
import dev.ticketing.notification.inbox.NotificationRepository;
import dev.ticketing.notification.recipient.RecipientService;
import dev.ticketing.testkit.KafkaTopicWatcher;
import dev.ticketing.testkit.TestEvents;
import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Notifications raised by assignment-events and the later ticket events; every test uses users of its own. */
@QuarkusTest
class LifecycleNotificationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    RecipientService recipients;

    @Inject
    NotificationRepository notifications;

    @Test
    void shouldNotifyTechnicianOfAssignmentOnce() {
        TestUser tech = TestUser.of("tech1", "technician");
        String ticketId = UUID.randomUUID().toString();
        EventEnvelope<TicketAssigned> assigned = assigned(ticketId, tech.id());
        TestEvents.sendLikeOutbox(Topics.ASSIGNMENT_EVENTS, assigned);
        // Redelivered: must not raise a second notification.
        TestEvents.send(Topics.ASSIGNMENT_EVENTS, assigned);
        // A sentinel on the same partition: once it shows, the copy has been consumed.
        String sentinelTicket = UUID.randomUUID().toString();
        KafkaTopicWatcher.send(Topics.ASSIGNMENT_EVENTS, ticketId, TestEvents.json(assigned(sentinelTicket,
                tech.id())));

        await().atMost(WAIT).untilAsserted(() -> list(tech).body("$", hasSize(2)));
        // Both in the same second, which MariaDB keeps as the timestamp: no order between them.
        list(tech).body("type", org.hamcrest.Matchers.everyItem(equalTo("TICKET_ASSIGNED")))
                .body("ticketId", org.hamcrest.Matchers.containsInAnyOrder(ticketId, sentinelTicket))
                .body("title", org.hamcrest.Matchers.everyItem(containsString("Ticket assigned to you")));
    }

    @Test
    void shouldNotifyRequesterOfStaffPublicCommentsOnly() {
        TestUser alice = TestUser.of("alice", "requester");
        TestUser tech = TestUser.of("tech1", "technician");
        String ticketId = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        send(comment(ticketId, tech.id(), "INTERNAL", alice.id(), tech.id(), now));
        send(comment(ticketId, tech.id(), "PUBLIC", alice.id(), tech.id(), now.plusSeconds(1)));
        send(comment(ticketId, alice.id(), "PUBLIC", alice.id(), tech.id(), now.plusSeconds(2)));

        await().atMost(WAIT).untilAsserted(() -> list(tech).body("$", hasSize(1)));
        list(tech).body("[0].type", equalTo("COMMENT_ADDED"))
                .body("[0].title", containsString("requester commented"));
        list(alice).body("$", hasSize(1))
                .body("[0].type", equalTo("COMMENT_ADDED"))
                .body("[0].title", containsString("New reply from Tina"));
    }

    @Test
    void shouldNotifySolutionSlaBreachAndClosure() {
        TestUser alice = TestUser.of("alice", "requester");
        TestUser tech = TestUser.of("tech1", "technician");
        String ticketId = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        send(EventEnvelope.of("/ticket-service", SlaBreached.TYPE, ticketId, null,
                new SlaBreached(ticketId, "RESPONSE", "P1", tech.id(), now.minusSeconds(60), now)));
        send(EventEnvelope.of("/ticket-service", SolutionProposed.TYPE, ticketId, null,
                new SolutionProposed(ticketId, tech.id(), alice.id(), null, now.plusSeconds(3600),
                        now.plusSeconds(1))));
        send(EventEnvelope.of("/ticket-service", TicketClosed.TYPE, ticketId, null,
                new TicketClosed(ticketId, alice.id(), tech.id(), "BUG", "P1", now.minusSeconds(600),
                        now.minusSeconds(300), now.plusSeconds(1), now.plusSeconds(2), 0, true, false)));

        await().atMost(WAIT).untilAsserted(() -> list(alice).body("$", hasSize(2)));
        list(alice).body("[0].type", equalTo("TICKET_CLOSED"))
                .body("[1].type", equalTo("SOLUTION_PROPOSED"))
                .body("[1].title", containsString("A solution was proposed"));
        list(tech).body("$", hasSize(1)).body("[0].type", equalTo("SLA_BREACHED"));
    }

    @Test
    void shouldNotNotifyDisabledRecipients() {
        TestUser tech = TestUser.of("tech1", "technician");
        String userId = tech.id();
        TestEvents.send(Topics.IDENTITY_EVENTS, EventEnvelope.of("/gateway", UserCreated.TYPE, userId, null,
                new UserCreated(userId, "tech1", "Tina Tech", "tina@example.com", "fr-FR", "Network",
                        List.of("technician"), Instant.now())));
        TestEvents.send(Topics.IDENTITY_EVENTS, EventEnvelope.of("/gateway", UserDisabled.TYPE, userId, null,
                new UserDisabled(userId, "tech1", Instant.now())));
        // The two topics are not ordered with each other: wait until the recipient is known as disabled.
        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> recipients.find(userId).map(r -> !r.enabled && "fr-FR".equals(r.locale)).orElse(false)));
        String ticketId = UUID.randomUUID().toString();
        TestUser other = TestUser.of("tech2", "technician");
        TestEvents.send(Topics.ASSIGNMENT_EVENTS, assigned(ticketId, userId));
        KafkaTopicWatcher.send(Topics.ASSIGNMENT_EVENTS, ticketId, TestEvents.json(assigned(ticketId, other.id())));

        await().atMost(WAIT).untilAsserted(() -> list(other).body("$", hasSize(1)));
        // The same partition (key = ticket id): the disabled user's notification would be there by now. Their token
        // is refused since they are disabled (kit deny list), so the store is asked directly.
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> notifications.count("recipientId", userId)));
    }

    private static EventEnvelope<TicketAssigned> assigned(String ticketId, String technicianId) {
        return EventEnvelope.of("/assignment-service", TicketAssigned.TYPE, ticketId, null,
                new TicketAssigned(UUID.randomUUID().toString(), ticketId, technicianId, "Tina Tech", "sup",
                        "MANUAL", Instant.now(), "Sam Supervisor"));
    }

    private static EventEnvelope<CommentAdded> comment(String ticketId, String authorId, String visibility,
            String requesterId, String assigneeId, Instant at) {
        return EventEnvelope.of("/ticket-service", CommentAdded.TYPE, ticketId, null, new CommentAdded(ticketId,
                UUID.randomUUID().toString(), authorId, "Tina", visibility, requesterId, assigneeId, at));
    }

    private static void send(EventEnvelope<?> envelope) {
        TestEvents.send(Topics.TICKET_EVENTS, envelope);
    }

    private static ValidatableResponse list(TestUser user) {
        return given().header("Authorization", user.bearer())
                .when().get("/api/v1/notifications")
                .then().statusCode(200);
    }
}
