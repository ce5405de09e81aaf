package dev.ticketing.kit.testapp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

import dev.ticketing.kit.outbox.OutboxRelay;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The relay's producer is built from the shared Kafka configuration, with its own guarantees on top. */
@QuarkusTest
@QuarkusTestResource(KafkaTestTopic.class)
class OutboxRelayConfigTest {

    @Inject
    OutboxRelay relay;

    @Test
    void sharedKafkaSettingsReachTheRelayProducerWithAcksAllAndIdempotence() {
        Properties config = relay.producerConfig();
        assertEquals("123456", config.get(ProducerConfig.METADATA_MAX_AGE_CONFIG).toString());
        assertEquals("127.0.0.1:9092", config.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG).toString());
        assertEquals("all", config.get(ProducerConfig.ACKS_CONFIG));
        assertEquals("true", config.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG));
        assertEquals("kit-test-outbox", config.get(ProducerConfig.CLIENT_ID_CONFIG));
    }
}
