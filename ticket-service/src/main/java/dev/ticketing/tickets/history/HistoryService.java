package dev.ticketing.tickets.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.ticketing.kit.paging.Page;
import dev.ticketing.kit.security.CurrentUser;
import dev.ticketing.tickets.comment.CommentService;
import dev.ticketing.tickets.ticket.Ticket;
import dev.ticketing.tickets.ticket.TicketService;

/** The rule of reading a ticket's history: who may see the ticket sees its history, requesters without internals. */
@ApplicationScoped
public class HistoryService {

    private final TicketService tickets;
    private final HistoryRepository history;

    HistoryService(TicketService tickets, HistoryRepository history) {
        this.tickets = tickets;
        this.history = history;
    }

    @Transactional
    public Page<HistoryEntry> page(String ticketId, int page, int size, CurrentUser caller) {
        Ticket ticket = tickets.get(ticketId, caller);
        return history.page(ticket.id, CommentService.isStaff(caller), page, size);
    }
}
