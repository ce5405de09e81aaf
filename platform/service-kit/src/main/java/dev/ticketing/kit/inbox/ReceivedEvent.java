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

    /** The event's id (the CloudEvents {@code id}). */
    public String id() {
        return envelope.id();
    }

    /**
     * When the change happened: the envelope's time.
     *
     * @throws MalformedEventException if the envelope carries no time (the event is poison)
     */
    public Instant time() {
        if (envelope.time() == null) {
            throw new MalformedEventException("Event " + envelope.id() + " (" + envelope.type() + ") has no time");
        }
        return envelope.time();
    }

    /** The {@code X-Request-Id} of the request that caused the event ({@code requestid}), or null. */
    public String requestId() {
        return envelope.requestid();
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
