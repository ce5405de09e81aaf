package dev.ticketing.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The requester answered the satisfaction survey of a closed ticket. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SatisfactionRated(
        String ticketId,
        String requesterId,
        String assigneeId,
        int rating,
        String comment,
        Instant ratedAt) {

    public static final String TYPE = "ticketing.ticket.satisfaction-rated.v1";
}
