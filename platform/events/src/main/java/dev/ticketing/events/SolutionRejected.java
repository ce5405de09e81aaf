package dev.ticketing.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The requester rejected the solution; the ticket is reopened. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SolutionRejected(
        String ticketId,
        String actorId,
        String reason,
        int reopenCount,
        Instant rejectedAt) {

    public static final String TYPE = "ticketing.ticket.solution-rejected.v1";
}
