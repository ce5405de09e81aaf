package dev.ticketing.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A resolved ticket went back to work. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketReopened(
        String ticketId,
        String actorId,
        String reason,
        int reopenCount,
        Instant reopenedAt) {

    public static final String TYPE = "ticketing.ticket.reopened.v1";
}
