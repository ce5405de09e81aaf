package dev.ticketing.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A comment was added to a ticket; INTERNAL ones are for staff only. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommentAdded(
        String ticketId,
        String commentId,
        String authorId,
        String authorName,
        String visibility,
        String requesterId,
        String assigneeId,
        Instant createdAt) {

    public static final String TYPE = "ticketing.ticket.comment-added.v1";
}
