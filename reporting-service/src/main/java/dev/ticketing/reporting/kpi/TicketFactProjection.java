package dev.ticketing.reporting.kpi;

import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.ticketing.events.StatusChanged;
import dev.ticketing.events.TicketCreated;
import dev.ticketing.kit.inbox.MalformedEventException;
import io.quarkus.logging.Log;

/**
 * Keeps the read model from ticket events; runs inside the idempotent consumer's transaction. Every change is
 * derived from the event alone (its own timestamps, never the clock), so replaying the topic gives the same rows.
 */
@ApplicationScoped
public class TicketFactProjection {

    private static final Set<String> RESOLVED = Set.of("RESOLVED", "CLOSED");
    private static final Set<String> ENDED = Set.of("RESOLVED", "CLOSED", "CANCELLED");

    private final TicketFactRepository facts;

    TicketFactProjection(TicketFactRepository facts) {
        this.facts = facts;
    }

    /** Records a new ticket; a second snapshot of the same ticket refreshes its descriptive fields only. */
    public void created(TicketCreated event, Instant eventTime) {
        if (event.ticketId() == null || event.category() == null || event.priority() == null) {
            throw new MalformedEventException("TicketCreated without ticketId, category or priority");
        }
        TicketFact fact = facts.findById(event.ticketId());
        boolean isNew = fact == null;
        if (isNew) {
            fact = new TicketFact();
            fact.ticketId = event.ticketId();
            fact.status = event.status() == null ? "NEW" : event.status();
        }
        fact.category = event.category();
        fact.priority = event.priority();
        fact.requesterId = event.requesterId();
        fact.channel = event.channel();
        fact.createdAt = event.createdAt() == null ? eventTime : event.createdAt();
        fact.updatedAt = isNew ? fact.createdAt : fact.updatedAt;
        if (isNew) {
            facts.persist(fact);
        }
    }

    /** Follows the ticket's status: resolution, closure, cancellation and reopening. */
    public void statusChanged(StatusChanged event, Instant eventTime) {
        if (event.ticketId() == null || event.to() == null) {
            throw new MalformedEventException("StatusChanged without ticketId or target status");
        }
        TicketFact fact = facts.findById(event.ticketId());
        if (fact == null) {
            // Created before this read model existed and not replayed: without a snapshot it cannot be classified.
            Log.debugf("Status change of unknown ticket %s ignored", event.ticketId());
            return;
        }
        Instant at = event.changedAt() == null ? eventTime : event.changedAt();
        String to = event.to();
        if (RESOLVED.contains(to) && fact.resolvedAt == null) {
            fact.resolvedAt = at;
        }
        if (ENDED.contains(to) && fact.endedAt == null) {
            fact.endedAt = at;
        }
        if (!ENDED.contains(to) && ENDED.contains(fact.status)) {
            // Reopened: it counts as resolved again only when it is resolved again.
            fact.resolvedAt = null;
            fact.endedAt = null;
            fact.reopenCount++;
        }
        fact.status = to;
        fact.updatedAt = at;
    }
}
