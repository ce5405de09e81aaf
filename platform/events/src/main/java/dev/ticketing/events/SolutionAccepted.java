package dev.ticketing.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The requester accepted the solution (or nobody answered in time: {@code automatic}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SolutionAccepted(
        String ticketId,
        String actorId,
        boolean automatic,
        Instant acceptedAt) {

    public static final String TYPE = "ticketing.ticket.solution-accepted.v1";
}
