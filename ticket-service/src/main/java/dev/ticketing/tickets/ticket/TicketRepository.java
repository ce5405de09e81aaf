package dev.ticketing.tickets.ticket;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stores tickets. */
@ApplicationScoped
public class TicketRepository implements PanacheRepositoryBase<Ticket, String> {

    public Optional<Ticket> findTicket(String id) {
        return findByIdOptional(id);
    }
}
