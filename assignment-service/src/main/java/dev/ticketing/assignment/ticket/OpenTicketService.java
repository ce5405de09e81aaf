package dev.ticketing.assignment.ticket;

import static dev.ticketing.assignment.messaging.EventFields.fits;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.ticketing.events.FieldChange;
import dev.ticketing.events.StatusChanged;
import dev.ticketing.events.TicketClosed;
import dev.ticketing.events.TicketCreated;
import dev.ticketing.events.TicketUpdated;
import dev.ticketing.kit.inbox.MalformedEventException;
import dev.ticketing.kit.paging.Page;
import dev.ticketing.kit.paging.PageParams;
import dev.ticketing.kit.paging.Paging;
import dev.ticketing.kit.problem.ApiProblem;
import dev.ticketing.kit.security.CurrentUser;
import dev.ticketing.kit.security.Roles;
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
    private final ClosedTicketRepository closed;

    OpenTicketService(OpenTicketRepository tickets, ClosedTicketRepository closed) {
        this.tickets = tickets;
        this.closed = closed;
    }

    /** Adds (or refreshes) a filed ticket; runs in the idempotent consumer's transaction. */
    public void ticketCreated(TicketCreated event, Instant eventTime) {
        if (event.ticketId() == null || event.category() == null || event.priority() == null) {
            throw new MalformedEventException("TicketCreated without ticketId, category or priority");
        }
        fits(event.ticketId(), 36, "ticketId");
        fits(event.category(), 40, "category");
        fits(event.priority(), 10, "priority");
        fits(event.status(), 20, "status");
        fits(event.requesterId(), 100, "requesterId");
        if (closed.findById(event.ticketId()) != null) {
            Log.debugf("Snapshot of ticket %s, already closed, ignored", event.ticketId());
            return;
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
        fits(event.ticketId(), 36, "ticketId");
        fits(event.to(), 20, "to");
        OpenTicket ticket = tickets.findById(event.ticketId());
        if (FINAL.contains(event.to())) {
            close(event.ticketId(), event.to(), event.changedAt() == null ? eventTime : event.changedAt());
            return;
        }
        if (ticket == null) {
            Log.debugf("Status change of ticket %s, not in the projection, ignored", event.ticketId());
            return;
        }
        ticket.status = event.to();
        ticket.updatedAt = event.changedAt() == null ? eventTime : event.changedAt();
    }

    /** A closed ticket leaves the projection (TicketClosed may come without a StatusChanged to CLOSED). */
    public void ticketClosed(TicketClosed event, Instant eventTime) {
        if (event.ticketId() == null) {
            throw new MalformedEventException("TicketClosed without ticketId");
        }
        fits(event.ticketId(), 36, "ticketId");
        close(event.ticketId(), "CLOSED", event.closedAt() == null ? eventTime : event.closedAt());
    }

    /** Follows the assignee when ticket-service reports it among the changed fields. */
    public void ticketUpdated(TicketUpdated event, Instant eventTime) {
        if (event.ticketId() == null || event.changes() == null) {
            throw new MalformedEventException("TicketUpdated without ticketId or changes");
        }
        FieldChange assignee = event.changes().get("assignee");
        if (assignee == null) {
            assignee = event.changes().get("assigneeId");
        }
        OpenTicket ticket = tickets.findById(event.ticketId());
        if (assignee == null || ticket == null) {
            return;
        }
        fits(assignee.to(), 100, "assignee");
        ticket.assigneeId = assignee.to() == null || assignee.to().isBlank() ? null : assignee.to();
        ticket.updatedAt = event.updatedAt() == null ? eventTime : event.updatedAt();
    }

    private void close(String ticketId, String status, Instant at) {
        OpenTicket open = tickets.findById(ticketId);
        if (closed.findById(ticketId) == null) {
            ClosedTicket row = new ClosedTicket();
            row.ticketId = ticketId;
            row.status = status;
            row.closedAt = at;
            if (open != null) {
                row.requesterId = open.requesterId;
                row.assigneeId = open.assigneeId;
            }
            closed.persist(row);
        }
        if (open != null) {
            tickets.delete(open);
        }
    }

    /**
     * One page of the open tickets the filter names that the caller may see, most urgent and oldest first unless
     * sorted otherwise.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OpenTicketView> list(OpenTicketFilter filter, CurrentUser caller, PageParams paging) {
        String visibleTo = TicketVisibility.seesAll(caller) ? null : caller.id();
        var query = tickets.search(filter, visibleTo, caller.hasRole(Roles.TECHNICIAN),
                Paging.sort(paging.sort, SORTABLE, DEFAULT_SORT)).page(paging.page, paging.size);
        return new Page<>(query.list(), query.count(), paging.page, paging.size).map(OpenTicketView::of);
    }

    /**
     * One open ticket.
     *
     * @throws ApiProblem 404 if it is unknown, no longer open or not visible to the caller
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OpenTicketView get(String ticketId, CurrentUser caller) {
        return tickets.findByIdOptional(ticketId).filter(ticket -> TicketVisibility.canSee(ticket, caller))
                .map(OpenTicketView::of)
                .orElseThrow(() -> ApiProblem.notFound("Open ticket", ticketId));
    }
}
