package dev.ticketing.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

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

/** In-app notifications raised from events on the real broker; every test uses requesters of its own. */
@QuarkusTest
class NotificationResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void shouldNotifyRequesterOfNewTicket() {
        TestUser alice = TestUser.of("alice", "requester");
        String ticketId = UUID.randomUUID().toString();
        TestEvents.send(created(ticketId, alice));

        await().atMost(WAIT).untilAsserted(() -> list(alice).body("$", hasSize(1)));
        list(alice)
                .header("X-Total-Count", "1")
                .header("Link", containsString("rel=\"first\""))
                .body("[0].type", equalTo("TICKET_CREATED"))
                .body("[0].title", equalTo("Ticket created: Printer on fire"))
                .body("[0].ticketId", equalTo(ticketId))
                .body("[0].read", equalTo(false));
    }

    @Test
    void shouldNotifyRequesterOfStatusChangesAndMarkThemRead() {
        TestUser alice = TestUser.of("alice", "requester");
        String ticketId = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestEvents.send(created(ticketId, alice));
        TestEvents.send(TestEvents.statusChanged(ticketId, "NEW", "IN_PROGRESS", alice.id(), now.plusSeconds(1)));
        TestEvents.send(TestEvents.statusChanged(ticketId, "IN_PROGRESS", "RESOLVED", alice.id(),
                now.plusSeconds(2)));

        await().atMost(WAIT).untilAsserted(() -> list(alice).body("$", hasSize(3)));
        list(alice).body("[0].title", equalTo("Ticket " + ticketId + " is now RESOLVED"))
                .body("[1].title", equalTo("Ticket " + ticketId + " is now IN_PROGRESS"));

        given().header("Authorization", alice.bearer()).queryParam("size", 1)
                .when().get("/api/v1/notifications")
                .then().statusCode(200).body("$", hasSize(1)).header("X-Total-Count", "3")
                .header("Link", containsString("rel=\"next\""));

        String newest = list(alice).extract().path("[0].id");
        given().header("Authorization", alice.bearer())
                .when().post("/api/v1/notifications/" + newest + "/read")
                .then().statusCode(200).body("read", equalTo(true)).body("id", equalTo(newest));
        given().header("Authorization", alice.bearer()).queryParam("unread", true)
                .when().get("/api/v1/notifications")
                .then().statusCode(200).body("$", hasSize(2)).header("X-Total-Count", "2");

        given().header("Authorization", alice.bearer())
                .when().post("/api/v1/notifications/read-all")
                .then().statusCode(200).body("marked", equalTo(2));
        given().header("Authorization", alice.bearer()).queryParam("unread", true)
                .when().get("/api/v1/notifications")
                .then().statusCode(200).body("$", empty());
    }

    @Test
    void shouldApplyTheSameEventOnlyOnce() {
        TestUser alice = TestUser.of("alice", "requester");
        String ticketId = UUID.randomUUID().toString();
        EventEnvelope<TicketCreated> created = created(ticketId, alice);
        TestEvents.send(created);
        TestEvents.send(created);
        // Same key, same partition: once this one shows, both copies above have been consumed.
        TestEvents.send(TestEvents.statusChanged(ticketId, "NEW", "CANCELLED", alice.id(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(5)));

        await().atMost(WAIT).untilAsserted(() -> list(alice)
                .body("type", equalTo(List.of("STATUS_CHANGED", "TICKET_CREATED"))));
    }

    @Test
    void shouldConsumeRecordsWithTheOutboxHeaders() {
        TestUser alice = TestUser.of("alice", "requester");
        TestEvents.sendLikeOutbox(created(UUID.randomUUID().toString(), alice));

        await().atMost(WAIT).untilAsserted(() -> list(alice).body("$", hasSize(1)));
    }

    @Test
    void shouldSendMalformedRecordToDeadLetterTopicAndKeepConsuming() {
        TestUser alice = TestUser.of("alice", "requester");
        String key = UUID.randomUUID().toString();
        try (KafkaTopicWatcher deadLetters = KafkaTopicWatcher.open(Topics.DEAD_LETTER)) {
            KafkaTopicWatcher.send(Topics.TICKET_EVENTS, key, "not json");
            deadLetters.await(record -> key.equals(record.key()) && "not json".equals(record.value()), WAIT);
        }
        TestEvents.send(created(UUID.randomUUID().toString(), alice));

        await().atMost(WAIT).untilAsserted(() -> list(alice).body("$", hasSize(1)));
    }

    @Test
    void shouldHideSomeoneElsesNotifications() {
        TestUser alice = TestUser.of("alice", "requester");
        TestUser bob = TestUser.of("bob", "requester");
        TestEvents.send(created(UUID.randomUUID().toString(), alice));
        await().atMost(WAIT).untilAsserted(() -> list(alice).body("$", hasSize(1)));
        String aliceNotification = list(alice).extract().path("[0].id");

        list(bob).body("$", empty()).header("X-Total-Count", "0");
        given().header("Authorization", bob.bearer())
                .when().post("/api/v1/notifications/" + aliceNotification + "/read")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", bob.bearer())
                .when().post("/api/v1/notifications/read-all")
                .then().statusCode(200).body("marked", equalTo(0));
        list(alice).body("[0].read", equalTo(false));
    }

    @Test
    void shouldRejectBadPagingWithProblem() {
        given().header("Authorization", TestUser.of("alice", "requester").bearer()).queryParam("size", 1000)
                .when().get("/api/v1/notifications")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldNotTellRequestersOfTheirOwnMovesNorOfClosingTwice() {
        TestUser alice = TestUser.of("alice", "requester");
        String ticketId = UUID.randomUUID().toString();
        TestEvents.send(created(ticketId, alice));
        // Alice cancels herself: no news for her. Closing is told once, by TicketClosed, not by this StatusChanged.
        TestEvents.send(EventEnvelope.of("/ticket-service", StatusChanged.TYPE, ticketId, null,
                new StatusChanged(ticketId, "NEW", "CANCELLED", alice.id(), "Not needed", alice.id(), Instant.now())));
        TestEvents.send(EventEnvelope.of("/ticket-service", StatusChanged.TYPE, ticketId, null,
                new StatusChanged(ticketId, "RESOLVED", "CLOSED", "tech-1", null, alice.id(), Instant.now())));
        // Same key, same partition: once this staff move shows, the two above have been consumed.
        TestEvents.send(TestEvents.statusChanged(ticketId, "NEW", "IN_PROGRESS", alice.id(), Instant.now()));

        await().atMost(WAIT).untilAsserted(() -> list(alice).body("$", hasSize(2))
                .body("type", org.hamcrest.Matchers.containsInAnyOrder("STATUS_CHANGED", "TICKET_CREATED"))
                .body("title", org.hamcrest.Matchers.hasItem(containsString("is now IN_PROGRESS"))));
    }

    private static EventEnvelope<TicketCreated> created(String ticketId, TestUser requester) {
        return TestEvents.created(ticketId, "INCIDENT", "P2", requester.id(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    private static ValidatableResponse list(TestUser user) {
        return given().header("Authorization", user.bearer())
                .when().get("/api/v1/notifications")
                .then().statusCode(200);
    }
}
