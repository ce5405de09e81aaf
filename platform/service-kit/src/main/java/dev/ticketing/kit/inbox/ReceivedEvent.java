package dev.ticketing.kit.inbox;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.ticketing.events.EventEnvelope;

/** An event taken from a topic: its envelope, and its payload read as the record its type names. */
public record ReceivedEvent(EventEnvelope<JsonNode> envelope, ObjectMapper mapper) {

    public String type() {
        return envelope.type();
    }

    /** When the change happened: the envelope's time, or now for an envelope that carries none. */
    public Instant time() {
        return envelope.time() == null ? Instant.now() : envelope.time();
    }

    public String subject() {
        return envelope.subject();
    }

    /** The payload as {@code type}; unknown fields are ignored, so producers may add fields compatibly. */
    public <T> T data(Class<T> type) {
        try {
            return mapper.treeToValue(envelope.data(), type);
        } catch (Exception e) {
            throw new MalformedEventException("Payload of " + envelope.type() + " does not match "
                    + type.getSimpleName() + ": " + e.getMessage());
        }
    }
}
