package dev.ticketing.reporting.kpi;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stores which technician each ticket belongs to. */
@ApplicationScoped
public class TicketTechnicianRepository implements PanacheRepositoryBase<TicketTechnician, String> {

    /**
     * Records that {@code technicianId} had the ticket at {@code at}, unless a later fact is already known. One
     * statement, so that the consumers of the two topics may race on the same ticket and the newest fact wins in
     * any order (replays give the same row).
     */
    public void assign(String ticketId, String technicianId, Instant at) {
        getEntityManager().createNativeQuery("INSERT INTO ticket_technician (ticket_id, technician_id, assigned_at) "
                + "VALUES (?1, ?2, ?3) ON DUPLICATE KEY UPDATE "
                + "technician_id = IF(VALUES(assigned_at) >= assigned_at, VALUES(technician_id), technician_id), "
                + "assigned_at = GREATEST(assigned_at, VALUES(assigned_at))")
                .setParameter(1, ticketId)
                .setParameter(2, technicianId)
                .setParameter(3, at)
                .executeUpdate();
    }
}
