package dev.ticketing.tickets.ticket;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A ticket: the aggregate that ticket-service owns. */
@Entity
@Table(name = "ticket")
public class Ticket {

    @Id
    public String id;
    public String title;
    public String description;
    @Enumerated(EnumType.STRING)
    public Category category;
    @Enumerated(EnumType.STRING)
    public Priority priority;
    public Integer impact;
    public Integer urgency;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Column(name = "requester_id")
    public String requesterId;
    @Column(name = "requester_name")
    public String requesterName;
    @Column(name = "assignee_id")
    public String assigneeId;
    @Column(name = "assignee_name")
    public String assigneeName;
    @Column(name = "created_by_id")
    public String createdById;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "first_response_at")
    public Instant firstResponseAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "reopen_count")
    public int reopenCount;
    @Column(name = "response_due_at")
    public Instant responseDueAt;
    @Column(name = "resolution_due_at")
    public Instant resolutionDueAt;
    @Column(name = "response_breached")
    public boolean responseBreached;
    @Column(name = "resolution_breached")
    public boolean resolutionBreached;
    public boolean archived;
    @Column(name = "archived_at")
    public Instant archivedAt;
    @Column(name = "pending_since")
    public Instant pendingSince;
    @Column(name = "pending_reason")
    public String pendingReason;
    @Column(name = "resume_at")
    public Instant resumeAt;
    @Column(name = "response_warned")
    public boolean responseWarned;
    @Column(name = "resolution_warned")
    public boolean resolutionWarned;
    @Column(name = "solution_text")
    public String solutionText;
    @Column(name = "solution_article_id")
    public String solutionArticleId;
    @Column(name = "auto_close_at")
    public Instant autoCloseAt;
    @Column(name = "satisfaction_rating")
    public Integer satisfactionRating;
    @Column(name = "satisfaction_comment")
    public String satisfactionComment;
    @Column(name = "rated_at")
    public Instant ratedAt;
    @Version
    public long version;
}
