package dev.ticketing.assignment.ticket;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ticket that left the open-ticket projection because it was closed or cancelled. */
@Entity
@Table(name = "closed_ticket")
public class ClosedTicket {

    @Id
    @Column(name = "ticket_id")
    public String ticketId;

    public String status;

    @Column(name = "requester_id")
    public String requesterId;

    @Column(name = "assignee_id")
    public String assigneeId;

    @Column(name = "closed_at")
    public Instant closedAt;
}
