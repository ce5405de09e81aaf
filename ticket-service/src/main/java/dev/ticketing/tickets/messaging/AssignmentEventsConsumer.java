package dev.ticketing.tickets.messaging;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.ticketing.events.FieldChange;
import dev.ticketing.events.TicketAssigned;
import dev.ticketing.events.TicketUpdated;
import dev.ticketing.events.Topics;
import dev.ticketing.kit.inbox.EventInbox;
import dev.ticketing.kit.outbox.Outbox;
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
                assign(event.data(TicketAssigned.class));
            }
        });
    }

    private void assign(TicketAssigned assigned) {
        Ticket ticket = tickets.findForUpdate(assigned.ticketId()).orElse(null);
        if (ticket == null || ticket.archived || ticket.status == Status.CLOSED
                || ticket.status == Status.CANCELLED || ticket.status == Status.RESOLVED) {
            Log.warnf("Assignment %s ignored: ticket %s is missing, finished or archived", assigned.assignmentId(),
                    assigned.ticketId());
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
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
    }
}
