package dev.ticketing.reporting.kpi;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One ticket as the reporting read model knows it; never serialised to the API. */
@Entity
@Table(name = "ticket_fact")
public class TicketFact {

    @Id
    @Column(name = "ticket_id")
    public String ticketId;

    public String category;

    public String priority;

    public String status;

    @Column(name = "requester_id")
    public String requesterId;

    public String channel;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "reopen_count")
    public int reopenCount;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "first_response_at")
    public Instant firstResponseAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "satisfaction_rating")
    public Integer satisfactionRating;

    @Column(name = "rated_at")
    public Instant ratedAt;

    @Column(name = "response_breached")
    public boolean responseBreached;

    @Column(name = "resolution_breached")
    public boolean resolutionBreached;
}
