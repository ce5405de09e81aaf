package dev.ticketing.kit.inbox;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.IncomingInterceptor;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * Remembers where each incoming Kafka record came from (topic, partition, offset, key) while a consumer method
 * handles its payload, so that {@link EventInbox} can store a dead letter with its origin although the consumer
 * methods take the payload only. Applies to every incoming channel (no {@code @Identifier}).
 */
@ApplicationScoped
public class IncomingRecords implements IncomingInterceptor {

    /** Where a record came from. */
    public record Origin(String topic, Integer partition, Long offset, String key) {

        static final Origin UNKNOWN = new Origin(null, null, null, null);
    }

    /** Keyed by the payload instance: the consumer method receives that very object. */
    private final Map<Object, Origin> inFlight = Collections.synchronizedMap(new IdentityHashMap<>());

    @Override
    public Message<?> afterMessageReceive(Message<?> message) {
        message.getMetadata(IncomingKafkaRecordMetadata.class).ifPresent(m -> {
            Object key = m.getKey();
            inFlight.put(message.getPayload(), new Origin(m.getTopic(), m.getPartition(), m.getOffset(),
                    key == null ? null : key.toString()));
        });
        return message;
    }

    @Override
    public void onMessageAck(Message<?> message) {
        inFlight.remove(message.getPayload());
    }

    @Override
    public void onMessageNack(Message<?> message, Throwable failure) {
        inFlight.remove(message.getPayload());
    }

    /** The origin of the payload a consumer method is handling, or all-null fields if unknown. */
    public Origin originOf(Object payload) {
        Origin origin = payload == null ? null : inFlight.get(payload);
        return origin == null ? Origin.UNKNOWN : origin;
    }
}
