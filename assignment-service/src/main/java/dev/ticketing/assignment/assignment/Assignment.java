package dev.ticketing.assignment.assignment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One assignment of a technician to a ticket; append-only. */
@Entity
@Table(name = "assignment")
public class Assignment {

    @Id
    public String id;

    @Column(name = "ticket_id")
    public String ticketId;

    @Column(name = "technician_id")
    public String technicianId;

    @Column(name = "technician_name")
    public String technicianName;

    @Column(name = "assigned_by")
    public String assignedBy;

    public String mode;

    @Column(name = "assigned_at")
    public Instant assignedAt;
}
