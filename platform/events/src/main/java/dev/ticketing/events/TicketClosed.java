package dev.ticketing.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A ticket was closed; carries what reports need for resolution times. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketClosed(
        String ticketId,
        String requesterId,
        String assigneeId,
        String category,
        String priority,
        Instant createdAt,
        Instant firstResponseAt,
        Instant resolvedAt,
        Instant closedAt,
        int reopenCount,
        boolean responseBreached,
        boolean resolutionBreached) {

    public static final String TYPE = "ticketing.ticket.closed.v1";
}
