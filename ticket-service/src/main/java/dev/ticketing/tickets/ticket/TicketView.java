package dev.ticketing.tickets.ticket;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A ticket as the API shows it. */
@Schema(name = "Ticket")
public record TicketView(
        @Schema(example = "0f7c5d1e-3c55-4a5e-9a59-6c0c6c1f2b11") String id,
        String title,
        String description,
        Category category,
        Priority priority,
        Status status,
        Person requester,
        @Schema(nullable = true) Person assignee,
        Channel channel,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) Instant firstResponseAt,
        @Schema(nullable = true) Instant resolvedAt,
        @Schema(nullable = true) Instant closedAt,
        int reopenCount,
        Sla sla,
        @Schema(nullable = true) Satisfaction satisfaction,
        boolean archived,
        long version,
        @Schema(nullable = true, description = "Why the ticket waits, while PENDING") String pendingReason,
        @Schema(nullable = true, description = "When a PENDING ticket resumes by itself") Instant resumeAt,
        @Schema(nullable = true) Solution solution) {

    /** The proposed solution of a RESOLVED or CLOSED ticket. */
    @Schema(name = "Solution")
    public record Solution(String text, @Schema(nullable = true) String knowledgeArticleId,
            @Schema(nullable = true, description = "When it closes by itself if the requester does not answer")
            Instant autoCloseAt) {
    }

    /** A user as shown on a ticket. */
    @Schema(name = "PersonRef")
    public record Person(String id, String name) {
    }

    /** The ticket's service-level due dates and breach flags. */
    @Schema(name = "TicketSla")
    public record Sla(Instant responseDueAt, Instant resolutionDueAt, boolean responseBreached,
            boolean resolutionBreached) {
    }

    /** The requester's answer to the satisfaction survey. */
    @Schema(name = "Satisfaction")
    public record Satisfaction(int rating, String comment) {
    }

    public static TicketView of(Ticket t) {
        return new TicketView(t.id, t.title, t.description, t.category, t.priority, t.status,
                new Person(t.requesterId, t.requesterName),
                t.assigneeId == null ? null : new Person(t.assigneeId, t.assigneeName),
                t.channel, t.createdAt, t.updatedAt, t.firstResponseAt, t.resolvedAt, t.closedAt, t.reopenCount,
                new Sla(t.responseDueAt, t.resolutionDueAt, t.responseBreached, t.resolutionBreached),
                t.satisfactionRating == null ? null : new Satisfaction(t.satisfactionRating, t.satisfactionComment),
                t.archived, t.version, t.pendingReason, t.resumeAt,
                t.solutionText == null ? null : new Solution(t.solutionText, t.solutionArticleId, t.autoCloseAt));
    }
}
