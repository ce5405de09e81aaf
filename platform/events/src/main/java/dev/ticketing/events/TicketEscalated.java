package dev.ticketing.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A ticket was escalated to a higher support level (published by assignment-service). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketEscalated(
        String ticketId,
        int fromLevel,
        int toLevel,
        String reason,
        Instant escalatedAt) {

    public static final String TYPE = "ticketing.assignment.escalated.v1";
}
