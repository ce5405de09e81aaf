package dev.ticketing.assignment.assignment;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Stores and finds assignments. */
@ApplicationScoped
public class AssignmentRepository implements PanacheRepositoryBase<Assignment, String> {

    /** The assignments of one ticket. */
    public PanacheQuery<Assignment> ofTicket(String ticketId, Sort sort) {
        return find("ticketId = :ticket", sort, Parameters.with("ticket", ticketId));
    }
}
