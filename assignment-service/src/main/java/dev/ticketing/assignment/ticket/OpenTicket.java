package dev.ticketing.assignment.ticket;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ticket that still needs work, as assignment-service knows it; never serialised to the API. */
@Entity
@Table(name = "open_ticket")
public class OpenTicket {

    @Id
    @Column(name = "ticket_id")
    public String ticketId;

    public String title;

    public String category;

    public String priority;

    public String status;

    @Column(name = "requester_id")
    public String requesterId;

    @Column(name = "assignee_id")
    public String assigneeId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
