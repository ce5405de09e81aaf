package dev.ticketing.reporting.kpi;

import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.ticketing.events.CommentAdded;
import dev.ticketing.events.FieldChange;
import dev.ticketing.events.SatisfactionRated;
import dev.ticketing.events.SlaBreached;
import dev.ticketing.events.SolutionProposed;
import dev.ticketing.events.StatusChanged;
import dev.ticketing.events.TicketAssigned;
import dev.ticketing.events.TicketClosed;
import dev.ticketing.events.TicketCreated;
import dev.ticketing.events.TicketUpdated;
import dev.ticketing.kit.inbox.MalformedEventException;
import dev.ticketing.reporting.messaging.EventFields;
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
    private final TicketTechnicianRepository technicians;

    TicketFactProjection(TicketFactRepository facts, TicketTechnicianRepository technicians) {
        this.facts = facts;
        this.technicians = technicians;
    }

    /** Records a new ticket; a second snapshot of the same ticket refreshes its descriptive fields only. */
    public void created(TicketCreated event, Instant eventTime) {
        if (event.ticketId() == null || event.category() == null || event.priority() == null) {
            throw new MalformedEventException("TicketCreated without ticketId, category or priority");
        }
        EventFields.fits(event.ticketId(), 36, "ticketId");
        EventFields.fits(event.category(), 40, "category");
        EventFields.fits(event.priority(), 10, "priority");
        EventFields.fits(event.status(), 20, "status");
        EventFields.fits(event.requesterId(), 100, "requesterId");
        EventFields.fits(event.channel(), 40, "channel");
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
        EventFields.fits(event.to(), 20, "to");
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

    /** A public comment by anyone but the requester is a response: the first one starts nothing more. */
    public void commentAdded(CommentAdded event, Instant eventTime) {
        TicketFact fact = fact(event.ticketId(), "CommentAdded");
        if (fact == null || !"PUBLIC".equals(event.visibility()) || event.authorId() == null
                || event.authorId().equals(fact.requesterId)) {
            return;
        }
        firstResponse(fact, event.createdAt() == null ? eventTime : event.createdAt());
    }

    /** A proposed solution is a response too, if nothing answered before. */
    public void solutionProposed(SolutionProposed event, Instant eventTime) {
        TicketFact fact = fact(event.ticketId(), "SolutionProposed");
        if (fact != null) {
            firstResponse(fact, event.proposedAt() == null ? eventTime : event.proposedAt());
        }
    }

    /** The closure carries ticket-service's own figures: they win over what this model derived. */
    public void ticketClosed(TicketClosed event, Instant eventTime) {
        TicketFact fact = fact(event.ticketId(), "TicketClosed");
        Instant closedAt = event.closedAt() == null ? eventTime : event.closedAt();
        if (event.assigneeId() != null && !event.assigneeId().isBlank()) {
            technicians.assign(event.ticketId(), event.assigneeId(), closedAt);
        }
        if (fact == null) {
            return;
        }
        if (event.firstResponseAt() != null) {
            fact.firstResponseAt = event.firstResponseAt();
        }
        fact.resolvedAt = event.resolvedAt() != null ? event.resolvedAt()
                : fact.resolvedAt != null ? fact.resolvedAt : closedAt;
        fact.endedAt = fact.endedAt == null ? closedAt : fact.endedAt;
        fact.closedAt = closedAt;
        fact.reopenCount = Math.max(fact.reopenCount, event.reopenCount());
        fact.responseBreached = fact.responseBreached || event.responseBreached();
        fact.resolutionBreached = fact.resolutionBreached || event.resolutionBreached();
        fact.status = "CLOSED";
        fact.updatedAt = closedAt;
    }

    /** The survey answer of a closed ticket. */
    public void satisfactionRated(SatisfactionRated event, Instant eventTime) {
        TicketFact fact = fact(event.ticketId(), "SatisfactionRated");
        if (fact == null) {
            return;
        }
        if (event.rating() < 1 || event.rating() > 5) {
            throw new MalformedEventException("SatisfactionRated with a rating out of 1..5");
        }
        fact.satisfactionRating = event.rating();
        fact.ratedAt = event.ratedAt() == null ? eventTime : event.ratedAt();
    }

    /** Reopen counts as ticket-service numbers them; never lower than what status changes counted. */
    public void reopened(String ticketId, int reopenCount) {
        TicketFact fact = fact(ticketId, "Reopen");
        if (fact != null) {
            fact.reopenCount = Math.max(fact.reopenCount, reopenCount);
        }
    }

    /** A missed SLA target. */
    public void slaBreached(SlaBreached event) {
        TicketFact fact = fact(event.ticketId(), "SlaBreached");
        if (fact == null) {
            return;
        }
        if ("RESPONSE".equals(event.target())) {
            fact.responseBreached = true;
        } else if ("RESOLUTION".equals(event.target())) {
            fact.resolutionBreached = true;
        }
    }

    /** The assignee as ticket-service reports it in a TicketUpdated. */
    public void ticketUpdated(TicketUpdated event, Instant eventTime) {
        if (event.ticketId() == null || event.changes() == null) {
            throw new MalformedEventException("TicketUpdated without ticketId or changes");
        }
        FieldChange assignee = event.changes().get("assignee");
        if (assignee != null && assignee.to() != null && !assignee.to().isBlank()) {
            EventFields.fits(event.ticketId(), 36, "ticketId");
            EventFields.fits(assignee.to(), 100, "assignee");
            technicians.assign(event.ticketId(), assignee.to(), event.updatedAt() == null ? eventTime
                    : event.updatedAt());
        }
    }

    /** A technician was assigned (assignment-events). */
    public void ticketAssigned(TicketAssigned event, Instant eventTime) {
        if (event.ticketId() == null || event.technicianId() == null) {
            throw new MalformedEventException("TicketAssigned without ticketId or technicianId");
        }
        EventFields.fits(event.ticketId(), 36, "ticketId");
        EventFields.fits(event.technicianId(), 100, "technicianId");
        technicians.assign(event.ticketId(), event.technicianId(),
                event.assignedAt() == null ? eventTime : event.assignedAt());
    }

    private static void firstResponse(TicketFact fact, Instant at) {
        if (fact.firstResponseAt == null || at.isBefore(fact.firstResponseAt)) {
            fact.firstResponseAt = at;
        }
    }

    private TicketFact fact(String ticketId, String what) {
        if (ticketId == null) {
            throw new MalformedEventException(what + " without ticketId");
        }
        TicketFact fact = facts.findById(ticketId);
        if (fact == null) {
            Log.debugf("%s of unknown ticket %s ignored", what, ticketId);
        }
        return fact;
    }
}
