package dev.ticketing.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A technician proposed a solution: the ticket is RESOLVED and waits for the requester. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SolutionProposed(
        String ticketId,
        String actorId,
        String requesterId,
        String knowledgeArticleId,
        Instant autoCloseAt,
        Instant proposedAt) {

    public static final String TYPE = "ticketing.ticket.solution-proposed.v1";
}
