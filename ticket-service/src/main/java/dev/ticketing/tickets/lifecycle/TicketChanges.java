package dev.ticketing.tickets.lifecycle;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import dev.ticketing.events.StatusChanged;
import dev.ticketing.events.Topics;
import dev.ticketing.kit.outbox.Outbox;
import dev.ticketing.tickets.history.HistoryRepository;
import dev.ticketing.tickets.ticket.Status;
import dev.ticketing.tickets.ticket.Ticket;

/**
 * Applies a status move to a loaded, locked ticket: the status, the SLA clock (paused while PENDING), the history
 * entry and the StatusChanged event, all in the caller's transaction. Every path that moves a ticket goes here.
 */
@ApplicationScoped
public class TicketChanges {

    /** Who made a change, for history and events. */
    public record By(String id, String name) {
        public static final By SYSTEM = new By("00000000-0000-0000-0000-000000000000", "system");
    }

    private final HistoryRepository history;
    private final Outbox outbox;

    TicketChanges(HistoryRepository history, Outbox outbox) {
        this.history = history;
        this.outbox = outbox;
    }

    public void move(Ticket ticket, Transition transition, By by, String reason, Instant now) {
        Status from = ticket.status;
        Status to = transition.to();
        if (from == Status.PENDING && to != Status.PENDING) {
            resumeClock(ticket, now);
        }
        if (to == Status.PENDING) {
            ticket.pendingSince = now;
            ticket.pendingReason = reason;
        }
        ticket.status = to;
        ticket.updatedAt = now;
        history.append(ticket.id, by.id(), by.name(), "STATUS_CHANGED", "status", from, to, now);
        outbox.append(Topics.TICKET_EVENTS, ticket.id, StatusChanged.TYPE,
                new StatusChanged(ticket.id, from.name(), to.name(), by.id(), reason, ticket.requesterId, now));
    }

    /** Records one field change in the history. */
    public void field(Ticket ticket, By by, String action, String field, Object from, Object to, Instant now) {
        history.append(ticket.id, by.id(), by.name(), action, field, from, to, now);
    }

    /** Leaving PENDING: the due dates move by the time the clock was paused. */
    private static void resumeClock(Ticket ticket, Instant now) {
        if (ticket.pendingSince != null) {
            Duration paused = Duration.between(ticket.pendingSince, now);
            if (ticket.firstResponseAt == null) {
                ticket.responseDueAt = ticket.responseDueAt.plus(paused);
            }
            ticket.resolutionDueAt = ticket.resolutionDueAt.plus(paused);
        }
        ticket.pendingSince = null;
        ticket.pendingReason = null;
        ticket.resumeAt = null;
    }
}
