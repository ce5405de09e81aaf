package dev.ticketing.kit.inbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import dev.ticketing.events.EventEnvelope;
import dev.ticketing.kit.testapp.KafkaTestTopic;
import dev.ticketing.kit.testapp.TestEffect;
import dev.ticketing.testkit.KafkaTopicWatcher;
import dev.ticketing.testkit.TestEvents;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Shutdown while a record is being retried: the inbox refuses it, nothing is dead-lettered or recorded, and the
 * consumer group's committed offset stays before the record, so the next start reads it again. Own profile (own
 * application instance), since it shuts the inbox down.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestTopic.class)
@TestProfile(InboxShutdownTest.OwnInstance.class)
class InboxShutdownTest {

    /** A separate application instance for this test. */
    public static class OwnInstance implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ticketing.inbox.retry.max-backoff", "500ms");
        }
    }

    @Inject
    EventInbox inbox;

    @Inject
    TestEffect effect;

    @Inject
    DataSource dataSource;

    @Test
    void aRecordInFlightAtShutdownIsRefusedNotDeadLetteredAndItsOffsetStaysUncommitted() throws Exception {
        String topic = ConfigProvider.getConfig().getValue("mp.messaging.incoming.kit-test.topic", String.class);
        String group = ConfigProvider.getConfig().getValue("mp.messaging.incoming.kit-test.group.id", String.class);
        TopicPartition partition = new TopicPartition(topic, 0);
        EventEnvelope<Map<String, String>> event = new EventEnvelope<>(EventEnvelope.SPEC_VERSION,
                UUID.randomUUID().toString(), "/kit-test", TestEffect.INCREMENT, "aggregate-1", Instant.now(),
                "application/json", null, Map.of());
        try (Admin admin = admin(); Connection holder = dataSource.getConnection()) {
            long offset = admin.listOffsets(Map.of(partition, OffsetSpec.latest())).all()
                    .get(30, TimeUnit.SECONDS).get(partition).offset();
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.executeQuery("SELECT n FROM kit_counter WHERE id = 1 FOR UPDATE").close();
            }
            int attempts = effect.attempts.get();
            KafkaTopicWatcher.send(topic, "aggregate-1", TestEvents.json(event));
            await().atMost(Duration.ofSeconds(30)).until(() -> effect.attempts.get() > attempts);

            inbox.onShutdown(new ShutdownEvent());
            int afterShutdown = effect.attempts.get();
            Thread.sleep(3_000); // past the lock wait and a commit interval
            holder.rollback();
            Thread.sleep(2_000);

            assertTrue(effect.attempts.get() <= afterShutdown + 1, "no new attempt after shutdown began");
            assertEquals(0, count("SELECT COUNT(*) FROM dead_letter WHERE event_id = ?", event.id()));
            assertEquals(0, count("SELECT COUNT(*) FROM processed_event WHERE event_id = ?", event.id()));
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(30, TimeUnit.SECONDS).get(partition);
            assertTrue(committed == null || committed.offset() <= offset,
                    "committed " + committed + " must not pass the refused record at " + offset);
        }
    }

    private int count(String sql, String param) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTopicWatcher.bootstrapServers());
        return Admin.create(props);
    }
}
