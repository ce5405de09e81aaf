package dev.ticketing.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A ticket was filed: a full snapshot, enough for any consumer to build its own view. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketCreated(
        String ticketId,
        String title,
        String category,
        String priority,
        String status,
        String requesterId,
        String requesterName,
        String channel,
        String createdById,
        Instant createdAt,
        Instant responseDueAt,
        Instant resolutionDueAt) {

    public static final String TYPE = "ticketing.ticket.created.v1";
}
