package dev.ticketing.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A closed ticket was archived: read-only from now on. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketArchived(
        String ticketId,
        Instant archivedAt) {

    public static final String TYPE = "ticketing.ticket.archived.v1";
}
