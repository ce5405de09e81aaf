package dev.ticketing.assignment;

import static dev.ticketing.assignment.TechnicianResourceTest.SUPERVISOR;
import static dev.ticketing.assignment.TechnicianResourceTest.WAIT;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.ticketing.events.Topics;
import dev.ticketing.testkit.KafkaTopicWatcher;
import dev.ticketing.testkit.TestEvents;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An event whose effect can never apply (a value its column cannot hold) is dead-lettered at once: retried as a
 * transient failure, it would hold its partition for ever.
 */
@QuarkusTest
class PoisonEventTest {

    @Test
    void shouldDeadLetterAValueTooLongForItsColumnAndKeepConsumingThePartition() {
        String ticketId = UUID.randomUUID().toString();
        String tooLong = "r".repeat(101);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (KafkaTopicWatcher deadLetters = KafkaTopicWatcher.open(Topics.DEAD_LETTER)) {
            TestEvents.send(TestEvents.created(ticketId, "INCIDENT", "P2", tooLong, now));
            deadLetters.await(record -> ticketId.equals(record.key()), WAIT);
        }
        // The next event of the same ticket (same key, same partition) is applied.
        String requester = UUID.randomUUID().toString();
        TestEvents.send(TestEvents.created(ticketId, "INCIDENT", "P2", requester, now));
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", SUPERVISOR)
                .when().get("/api/v1/assignments/open-tickets/" + ticketId)
                .then().statusCode(200).body("requesterId", equalTo(requester)));
    }
}
