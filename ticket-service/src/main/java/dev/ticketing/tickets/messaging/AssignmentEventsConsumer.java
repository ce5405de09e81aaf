package dev.ticketing.tickets.messaging;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.ticketing.events.FieldChange;
import dev.ticketing.events.TicketAssigned;
import dev.ticketing.events.TicketUpdated;
import dev.ticketing.events.Topics;
import dev.ticketing.kit.inbox.EventInbox;
import dev.ticketing.kit.inbox.PoisonEventException;
import dev.ticketing.kit.outbox.Outbox;
import dev.ticketing.tickets.TicketClock;
import dev.ticketing.tickets.lifecycle.TicketChanges;
import dev.ticketing.tickets.lifecycle.Transition;
import dev.ticketing.tickets.ticket.Status;
import dev.ticketing.tickets.ticket.Ticket;
import dev.ticketing.tickets.ticket.TicketRepository;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;

/** Applies assignment-service's decisions to tickets: the assignee, NEW → ASSIGNED, history, events. */
@ApplicationScoped
public class AssignmentEventsConsumer {

    private static final String CONSUMER = "ticket-service.assignments";

    private final EventInbox inbox;
    private final TicketRepository tickets;
    private final TicketChanges changes;
    private final Outbox outbox;

    AssignmentEventsConsumer(EventInbox inbox, TicketRepository tickets, TicketChanges changes, Outbox outbox) {
        this.inbox = inbox;
        this.tickets = tickets;
        this.changes = changes;
        this.outbox = outbox;
    }

    @Incoming("assignment-events")
    @Blocking
    public void onAssignmentEvent(String json) {
        inbox.process(CONSUMER, json, event -> {
            if (TicketAssigned.TYPE.equals(event.type())) {
                assign(event.data(TicketAssigned.class), TicketClock.stored(event.time()));
            }
        });
    }

    /**
     * Applies an assignment at the time assignment-service made it (the event's time); the request id of the
     * request that caused it is in the MDC (the kit's inbox), so history and events carry it on. A missing ticket
     * is poison ({@link PoisonEventException}, dead-lettered for an operator): assignment-service assigns only
     * tickets it learnt from ticket-events, which this service created first, so the effect can never apply. A
     * finished or archived ticket is a race with its closing and is ignored with a log. Any other failure (the
     * database away) throws as it is and the kit retries it.
     */
    private void assign(TicketAssigned assigned, Instant at) {
        if (assigned.ticketId() == null || assigned.technicianId() == null) {
            throw new PoisonEventException("Assignment " + assigned.assignmentId() + " names no ticket or technician");
        }
        Ticket ticket = tickets.findForUpdate(assigned.ticketId()).orElseThrow(() -> new PoisonEventException(
                "Assignment " + assigned.assignmentId() + " names ticket " + assigned.ticketId()
                        + ", which does not exist"));
        if (ticket.archived || ticket.status == Status.CLOSED || ticket.status == Status.CANCELLED
                || ticket.status == Status.RESOLVED) {
            Log.warnf("Assignment %s ignored: ticket %s is finished or archived", assigned.assignmentId(),
                    assigned.ticketId());
            return;
        }
        Instant lastUpdate = ticket.updatedAt;
        Instant now = at;
        TicketChanges.By by = new TicketChanges.By(assigned.assignedById(),
                assigned.assignedByName() != null ? assigned.assignedByName() : "assignment-service");
        String previous = ticket.assigneeId;
        ticket.assigneeId = assigned.technicianId();
        ticket.assigneeName = assigned.technicianName();
        ticket.updatedAt = now;
        changes.field(ticket, by, "ASSIGNED", "assignee", previous, assigned.technicianId(), now);
        outbox.append(Topics.TICKET_EVENTS, ticket.id, TicketUpdated.TYPE, new TicketUpdated(ticket.id,
                Map.of("assignee", new FieldChange(previous, assigned.technicianId())), assigned.assignedById(), now));
        if (ticket.status == Status.NEW) {
            changes.move(ticket, Transition.ASSIGN, by, null, now);
        }
        // updatedAt is the sync cursor of integrators (updatedSince): it never goes back, even for a late event.
        if (lastUpdate != null && lastUpdate.isAfter(now)) {
            ticket.updatedAt = lastUpdate;
        }
    }
}
