package dev.ticketing.assignment.ticket;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.ticketing.events.StatusChanged;
import dev.ticketing.events.TicketCreated;
import dev.ticketing.kit.inbox.MalformedEventException;
import dev.ticketing.kit.paging.Page;
import dev.ticketing.kit.paging.PageParams;
import dev.ticketing.kit.paging.Paging;
import dev.ticketing.kit.problem.ApiProblem;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;

/** Keeps the open-ticket projection from ticket events and answers queries on it. */
@ApplicationScoped
public class OpenTicketService {

    /** Statuses after which a ticket needs no more work; it leaves the projection. */
    private static final Set<String> FINAL = Set.of("CLOSED", "CANCELLED");
    private static final int MAX_TITLE = 300;
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt",
            "priority", "priority", "status", "status");
    private static final Sort DEFAULT_SORT = Sort.ascending("priority").and("createdAt").and("ticketId");

    private final OpenTicketRepository tickets;

    OpenTicketService(OpenTicketRepository tickets) {
        this.tickets = tickets;
    }

    /** Adds (or refreshes) a filed ticket; runs in the idempotent consumer's transaction. */
    public void ticketCreated(TicketCreated event, Instant eventTime) {
        if (event.ticketId() == null || event.category() == null || event.priority() == null) {
            throw new MalformedEventException("TicketCreated without ticketId, category or priority");
        }
        OpenTicket ticket = tickets.findById(event.ticketId());
        boolean isNew = ticket == null;
        if (isNew) {
            ticket = new OpenTicket();
            ticket.ticketId = event.ticketId();
        }
        String title = event.title() == null ? "" : event.title();
        ticket.title = title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title;
        ticket.category = event.category();
        ticket.priority = event.priority();
        ticket.status = event.status() == null ? "NEW" : event.status();
        ticket.requesterId = event.requesterId();
        ticket.createdAt = event.createdAt() == null ? eventTime : event.createdAt();
        ticket.updatedAt = ticket.createdAt;
        if (isNew) {
            tickets.persist(ticket);
        }
    }

    /** Follows a status change; closed and cancelled tickets leave the projection. */
    public void statusChanged(StatusChanged event, Instant eventTime) {
        if (event.ticketId() == null || event.to() == null) {
            throw new MalformedEventException("StatusChanged without ticketId or target status");
        }
        OpenTicket ticket = tickets.findById(event.ticketId());
        if (ticket == null) {
            Log.debugf("Status change of ticket %s, not in the projection, ignored", event.ticketId());
            return;
        }
        if (FINAL.contains(event.to())) {
            tickets.delete(ticket);
            return;
        }
        ticket.status = event.to();
        ticket.updatedAt = event.changedAt() == null ? eventTime : event.changedAt();
    }

    /** One page of open tickets, most urgent and oldest first unless sorted otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OpenTicketView> list(OpenTicketFilter filter, PageParams paging) {
        var query = tickets.search(filter, Paging.sort(paging.sort, SORTABLE, DEFAULT_SORT))
                .page(paging.page, paging.size);
        return new Page<>(query.list(), query.count(), paging.page, paging.size).map(OpenTicketView::of);
    }

    /**
     * One open ticket.
     *
     * @throws ApiProblem 404 if it is unknown or no longer open
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OpenTicketView get(String ticketId) {
        return tickets.findByIdOptional(ticketId).map(OpenTicketView::of)
                .orElseThrow(() -> ApiProblem.notFound("Open ticket", ticketId));
    }
}
