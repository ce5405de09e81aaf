package dev.ticketing.tickets.comment;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A comment as the API shows it. */
@Schema(name = "Comment")
public record CommentView(String id, String ticketId, Author author, String body, Visibility visibility,
        Instant createdAt) {

    /** Who wrote it. */
    @Schema(name = "CommentAuthor")
    public record Author(String id, String name) {
    }

    public static CommentView of(Comment c) {
        return new CommentView(c.id, c.ticketId, new Author(c.authorId, c.authorName), c.body, c.visibility,
                c.createdAt);
    }
}
