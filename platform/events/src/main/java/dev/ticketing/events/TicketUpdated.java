package dev.ticketing.events;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Fields of a ticket changed; {@code changes} maps each field to its old and new value. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketUpdated(
        String ticketId,
        Map<String, FieldChange> changes,
        String actorId,
        Instant updatedAt) {

    public static final String TYPE = "ticketing.ticket.updated.v1";
}
