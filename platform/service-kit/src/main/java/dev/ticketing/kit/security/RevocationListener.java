package dev.ticketing.kit.security;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.ticketing.events.TokenRevoked;
import dev.ticketing.events.Topics;
import dev.ticketing.events.UserDisabled;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Feeds {@link RevokedTokens} from identity-events in every process (every replica must see every revocation):
 * a plain Kafka consumer without a consumer group, assigned all partitions and started at "now minus the longest
 * access-token lifetime", so a restarted replica knows every revocation still in force. Nothing is committed.
 */
@ApplicationScoped
public class RevocationListener {

    private final RevokedTokens revoked;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Map<String, Object> kafkaConfig;
    private final boolean enabled;
    private final String clientId;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean stopping;
    private Thread thread;

    RevocationListener(RevokedTokens revoked, ObjectMapper mapper, Clock clock,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "ticketing.revocation.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.revoked = revoked;
        this.mapper = mapper;
        this.clock = clock;
        this.kafkaConfig = kafkaConfig;
        this.enabled = enabled;
        this.clientId = applicationName + "-revocations";
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        thread = new Thread(this::run, "token-revocations");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    private void run() {
        while (!stopping) {
            try (KafkaConsumer<String, String> c = new KafkaConsumer<>(consumerConfig())) {
                consumer = c;
                List<TopicPartition> partitions = partitions(c);
                c.assign(partitions);
                long from = clock.instant().minus(revoked.maxTokenLifetime()).toEpochMilli();
                Map<TopicPartition, Long> query = new HashMap<>();
                partitions.forEach(p -> query.put(p, from));
                Map<TopicPartition, OffsetAndTimestamp> offsets = c.offsetsForTimes(query, Duration.ofSeconds(30));
                for (TopicPartition p : partitions) {
                    OffsetAndTimestamp at = offsets.get(p);
                    if (at != null) {
                        c.seek(p, at.offset());
                    } else {
                        c.seekToEnd(List.of(p));
                    }
                }
                while (!stopping) {
                    for (ConsumerRecord<String, String> record : c.poll(Duration.ofMillis(500))) {
                        apply(record.value());
                    }
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                if (stopping) {
                    return;
                }
                Log.warnf("Token revocation listener restarting after: %s", e.toString());
                sleep();
            }
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> c) {
        while (!stopping) {
            List<PartitionInfo> infos = c.partitionsFor(Topics.IDENTITY_EVENTS, Duration.ofSeconds(10));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            }
            sleep();
        }
        throw new WakeupException();
    }

    /** Applies one identity event; anything else (or anything unreadable) is ignored. */
    void apply(String json) {
        try {
            JsonNode envelope = mapper.readTree(json);
            String type = envelope.path("type").asText("");
            if (TokenRevoked.TYPE.equals(type)) {
                TokenRevoked e = mapper.treeToValue(envelope.path("data"), TokenRevoked.class);
                revoked.revokeToken(e.tokenId(), e.expiresAt());
            } else if (UserDisabled.TYPE.equals(type)) {
                UserDisabled e = mapper.treeToValue(envelope.path("data"), UserDisabled.class);
                revoked.disableUser(e.userId(), e.disabledAt());
            }
        } catch (Exception e) {
            Log.debugf("Identity record not readable, ignored by the revocation listener: %s", e.toString());
        }
    }

    private Properties consumerConfig() {
        Properties props = new Properties();
        kafkaConfig.forEach((key, value) -> {
            if (value != null && ConsumerConfig.configNames().contains(key)) {
                props.put(key, value);
            }
        });
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }

    private void sleep() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }
}
