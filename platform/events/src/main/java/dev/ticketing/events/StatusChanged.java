package dev.ticketing.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A ticket moved from one status to another. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatusChanged(
        String ticketId,
        String from,
        String to,
        String actorId,
        String reason,
        String requesterId,
        Instant changedAt) {

    public static final String TYPE = "ticketing.ticket.status-changed.v1";
}
