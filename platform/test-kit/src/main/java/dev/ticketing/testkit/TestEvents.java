package dev.ticketing.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.ticketing.events.EventEnvelope;
import dev.ticketing.events.StatusChanged;
import dev.ticketing.events.TicketCreated;
import dev.ticketing.events.Topics;

/** Builds events as their producers would, and sends them to the real broker, as plain records or as the outbox does. */
public final class TestEvents {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private TestEvents() {
    }

    public static EventEnvelope<TicketCreated> created(String ticketId, String category, String priority,
            String requesterId, Instant createdAt) {
        return EventEnvelope.of("/ticket-service", TicketCreated.TYPE, ticketId, null,
                new TicketCreated(ticketId, "Printer on fire", category, priority, "NEW", requesterId, "Alice",
                        "API", requesterId, createdAt, createdAt.plusSeconds(3600), createdAt.plusSeconds(86400)));
    }

    public static EventEnvelope<StatusChanged> statusChanged(String ticketId, String from, String to, String requesterId,
            Instant changedAt) {
        return EventEnvelope.of("/ticket-service", StatusChanged.TYPE, ticketId, null,
                new StatusChanged(ticketId, from, to, "tech-1", null, requesterId, changedAt));
    }

    /** Sends to ticket-events, keyed by the envelope's subject. */
    public static void send(EventEnvelope<?> envelope) {
        send(Topics.TICKET_EVENTS, envelope);
    }

    public static void send(String topic, EventEnvelope<?> envelope) {
        KafkaTopicWatcher.send(topic, envelope.subject(), json(envelope));
    }

    /** Sends as the outbox relay does: with the CloudEvents structured-mode content type and ce_ headers. */
    public static void sendLikeOutbox(EventEnvelope<?> envelope) {
        sendLikeOutbox(Topics.TICKET_EVENTS, envelope);
    }

    /** Sends to {@code topic} as the outbox relay does. */
    public static void sendLikeOutbox(String topic, EventEnvelope<?> envelope) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTopicWatcher.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, envelope.subject(), json(envelope));
            record.headers().add("content-type", EventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", envelope.type().getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_id", envelope.id().getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
