package dev.ticketing.reporting.kpi;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The technician a ticket is (or was last) assigned to, for the technician filter of the reports. */
@Entity
@Table(name = "ticket_technician")
public class TicketTechnician {

    @Id
    @Column(name = "ticket_id")
    public String ticketId;

    @Column(name = "technician_id")
    public String technicianId;

    @Column(name = "assigned_at")
    public Instant assignedAt;
}
