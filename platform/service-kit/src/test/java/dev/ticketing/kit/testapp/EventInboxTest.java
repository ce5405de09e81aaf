package dev.ticketing.kit.testapp;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.ticketing.events.EventEnvelope;
import dev.ticketing.testkit.KafkaTopicWatcher;
import dev.ticketing.testkit.TestEvents;
import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The idempotent consumer against the real MariaDB and Kafka: transient failures are retried until they clear
 * (applied once, nothing dead-lettered); poison is dead-lettered, counted, listed and replayable, and the
 * partition moves on; a duplicate changes nothing; the request id travels into what the event causes.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestTopic.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventInboxTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String KEY = "aggregate-1";
    private static final TestUser ADMIN = TestUser.of("kit-admin", "admin");

    @Inject
    DataSource dataSource;

    @Inject
    TestEffect effect;

    private static String topic() {
        return ConfigProvider.getConfig().getValue("mp.messaging.incoming.kit-test.topic", String.class);
    }

    private static EventEnvelope<Map<String, String>> event(String type, String requestId) {
        return new EventEnvelope<>(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), "/kit-test", type, KEY,
                Instant.now(), "application/json", requestId, Map.of("n", "1"));
    }

    private static void send(EventEnvelope<?> envelope) {
        KafkaTopicWatcher.send(topic(), KEY, TestEvents.json(envelope));
    }

    @Test
    @Order(1)
    void lockWaitTimeoutIsRetriedUntilItClearsThenAppliedOnceAndNothingIsDeadLettered() throws Exception {
        int before = counter();
        int attemptsBefore = effect.attempts.get();
        EventEnvelope<Map<String, String>> increment = event(TestEffect.INCREMENT, "req-kit-transient");
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.executeQuery("SELECT n FROM kit_counter WHERE id = 1 FOR UPDATE").close();
            }
            send(increment);
            // Each attempt waits 1 s for the lock (innodb_lock_wait_timeout), then backs off and retries.
            await().atMost(WAIT).until(() -> effect.attempts.get() - attemptsBefore >= 3);
            assertEquals(before, counter(), "nothing applied while the row is locked");
            assertEquals(0, deadLetters(increment.id()));
            holder.rollback();
        }
        await().atMost(WAIT).until(() -> counter() == before + 1);
        assertEquals(0, deadLetters(increment.id()), "a transient failure is never dead-lettered");
        assertEquals(1, processed(increment.id()));
        // The request id of the event's envelope was in the MDC while the effect ran: the next event carries it.
        await().atMost(WAIT).until(() -> outboxPayloadsContaining(increment.id()) == 1);
        assertTrue(outboxPayloadWith(increment.id()).contains("\"requestid\":\"req-kit-transient\""),
                outboxPayloadWith(increment.id()));

        // The same event again changes nothing; a later one on the partition still applies.
        send(increment);
        send(event(TestEffect.INCREMENT, null));
        await().atMost(WAIT).until(() -> counter() == before + 2);
        Thread.sleep(500);
        assertEquals(before + 2, counter(), "the duplicate was not applied");
    }

    @Test
    @Order(2)
    void poisonIsDeadLetteredCountedAndTheNextRecordOnThePartitionIsApplied() throws SQLException {
        int before = counter();
        double metricBefore = deadLetterMetric();
        EventEnvelope<Map<String, String>> poison = event(TestEffect.POISON, null);
        send(poison);
        KafkaTopicWatcher.send(topic(), KEY, "this is not JSON");
        send(new EventEnvelope<>(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), "/kit-test",
                TestEffect.INCREMENT, KEY, null, "application/json", null, Map.of()));
        send(event(TestEffect.INCREMENT, null));

        await().atMost(WAIT).until(() -> counter() == before + 1);
        assertEquals(1, deadLetters(poison.id()));
        assertEquals(1, deadLettersWithPayload("this is not JSON"));
        assertEquals(before + 1, counter(), "the event without time was not applied");
        await().atMost(WAIT).until(() -> deadLetterMetric() == metricBefore + 3);
        Map<String, Object> row = deadLetterRow(poison.id());
        assertEquals(topic(), row.get("topic"));
        assertEquals(0, ((Number) row.get("kafka_partition")).intValue());
        assertEquals(KEY, row.get("record_key"));
        assertEquals(TestEffect.POISON, row.get("event_type"));
        assertTrue(row.get("kafka_offset") != null);
        assertTrue(row.get("error").toString().contains("PoisonEventException"), row.get("error").toString());
    }

    @Test
    @Order(3)
    void adminListsAndReplaysDeadLetters() throws SQLException {
        String poisonId = given().auth().oauth2(ADMIN.token())
                .get("/api/v1/dead-letters/kit-test")
                .then().statusCode(200)
                .header("X-Total-Count", notNullValue())
                .body("eventType", hasItem(TestEffect.POISON))
                .extract().path("find { it.eventType == '" + TestEffect.POISON + "' }.id").toString();
        given().auth().oauth2(TestUser.of("tech", "technician").token())
                .get("/api/v1/dead-letters/kit-test").then().statusCode(403);
        given().auth().oauth2(ADMIN.token())
                .get("/api/v1/dead-letters/reporting-service").then().statusCode(404);
        given().auth().oauth2(ADMIN.token())
                .post("/api/v1/dead-letters/kit-test/999999999/replay").then().statusCode(404)
                .contentType("application/problem+json");

        int before = counter();
        effect.poisonous = false;
        given().auth().oauth2(ADMIN.token())
                .post("/api/v1/dead-letters/kit-test/" + poisonId + "/replay")
                .then().statusCode(200)
                .body("replayedAt", notNullValue());
        await().atMost(WAIT).until(() -> counter() == before + 1);
    }

    private int counter() throws SQLException {
        return queryInt("SELECT n FROM kit_counter WHERE id = 1");
    }

    private int deadLetters(String eventId) throws SQLException {
        return queryInt("SELECT COUNT(*) FROM dead_letter WHERE event_id = ?", eventId);
    }

    private int deadLettersWithPayload(String payload) throws SQLException {
        return queryInt("SELECT COUNT(*) FROM dead_letter WHERE payload = ?", payload);
    }

    private int processed(String eventId) throws SQLException {
        return queryInt("SELECT COUNT(*) FROM processed_event WHERE event_id = ?", eventId);
    }

    private int outboxPayloadsContaining(String text) throws SQLException {
        return queryInt("SELECT COUNT(*) FROM outbox_event WHERE payload LIKE ?", "%" + text + "%");
    }

    private String outboxPayloadWith(String text) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT payload FROM outbox_event WHERE payload LIKE ?")) {
            s.setString(1, "%" + text + "%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private Map<String, Object> deadLetterRow(String eventId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT topic, kafka_partition, kafka_offset, record_key, "
                        + "event_type, error FROM dead_letter WHERE event_id = ?")) {
            s.setString(1, eventId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return Map.of("topic", rs.getString(1), "kafka_partition", rs.getInt(2), "kafka_offset",
                        rs.getLong(3), "record_key", rs.getString(4), "event_type", rs.getString(5), "error",
                        rs.getString(6));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int queryInt(String sql, String... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static double deadLetterMetric() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("^ticketing_dead_letter_events_total\\{[^}]*consumer=\"" + KitTestConsumer.CONSUMER
                + "\"[^}]*} ([0-9.E+]+)$", Pattern.MULTILINE).matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
