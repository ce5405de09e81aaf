package dev.ticketing.assignment.ticket;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Remembers which tickets were closed or cancelled. */
@ApplicationScoped
public class ClosedTicketRepository implements PanacheRepositoryBase<ClosedTicket, String> {
}
