package dev.ticketing.tickets.history;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One append-only line of a ticket's history: who changed what, when, from what to what. */
@Entity
@Table(name = "ticket_history")
public class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "ticket_id")
    public String ticketId;
    public Instant at;
    @Column(name = "actor_id")
    public String actorId;
    @Column(name = "actor_name")
    public String actorName;
    public String action;
    public String field;
    @Column(name = "old_value")
    public String oldValue;
    @Column(name = "new_value")
    public String newValue;
    @Column(name = "request_id")
    public String requestId;
}
