package dev.ticketing.kit.inbox;

import java.time.Instant;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.ticketing.events.EventEnvelope;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The idempotent consumer: applies an event's effect and records its id in one transaction, so that a redelivered
 * event changes nothing. A message that cannot be parsed or applied throws, and the Kafka connector sends it to the
 * dead-letter topic with the error (failure-strategy {@code dead-letter-queue}).
 */
@ApplicationScoped
public class EventInbox {

    private static final TypeReference<EventEnvelope<JsonNode>> ENVELOPE = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper mapper;

    EventInbox(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /**
     * Parses a CloudEvents JSON record and, unless {@code consumer} already applied this event id, runs
     * {@code effect} in a new transaction that also records the id.
     *
     * @return true if the effect ran, false if the event was a duplicate
     */
    public boolean process(String consumer, String json, Consumer<ReceivedEvent> effect) {
        EventEnvelope<JsonNode> envelope = parse(json);
        return QuarkusTransaction.requiringNew().call(() -> {
            int inserted = em.createNativeQuery("INSERT IGNORE INTO processed_event "
                    + "(consumer, event_id, event_type, processed_at) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, consumer)
                    .setParameter(2, envelope.id())
                    .setParameter(3, envelope.type())
                    .setParameter(4, Instant.now())
                    .executeUpdate();
            if (inserted == 0) {
                Log.debugf("%s: event %s (%s) already applied, skipped", consumer, envelope.id(), envelope.type());
                return false;
            }
            effect.accept(new ReceivedEvent(envelope, mapper));
            return true;
        });
    }

    private EventEnvelope<JsonNode> parse(String json) {
        EventEnvelope<JsonNode> envelope;
        try {
            envelope = mapper.readValue(json, ENVELOPE);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("Not a CloudEvents JSON record: " + e.getOriginalMessage());
        }
        if (envelope.id() == null || envelope.type() == null || envelope.id().length() > 36) {
            throw new MalformedEventException("CloudEvents record without a valid id or type");
        }
        return envelope;
    }
}
