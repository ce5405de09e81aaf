package dev.ticketing.tickets.ticket;

import dev.ticketing.kit.problem.ApiProblem;

/** No such ticket, or one the caller may not see (which must not leak that it exists). */
public class TicketNotFound extends ApiProblem {

    public TicketNotFound(String id) {
        super(404, "ticket-not-found", "Ticket not found", "Ticket " + id + " does not exist");
    }
}
