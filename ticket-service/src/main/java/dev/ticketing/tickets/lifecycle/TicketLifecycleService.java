package dev.ticketing.tickets.lifecycle;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.ticketing.events.SatisfactionRated;
import dev.ticketing.events.SolutionAccepted;
import dev.ticketing.events.SolutionProposed;
import dev.ticketing.events.SolutionRejected;
import dev.ticketing.events.TicketClosed;
import dev.ticketing.events.TicketReopened;
import dev.ticketing.events.Topics;
import dev.ticketing.kit.outbox.Outbox;
import dev.ticketing.kit.problem.ApiProblem;
import dev.ticketing.kit.security.CurrentUser;
import dev.ticketing.tickets.TicketClock;
import dev.ticketing.tickets.lifecycle.TicketChanges.By;
import dev.ticketing.tickets.ticket.Status;
import dev.ticketing.tickets.ticket.Ticket;
import dev.ticketing.tickets.ticket.TicketService;

/** The rules of moving a ticket through its life: status changes, solution, verdict, satisfaction. */
@ApplicationScoped
public class TicketLifecycleService {

    /** The latest instant a DATETIME column holds. */
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final TicketService tickets;
    private final TicketChanges changes;
    private final Outbox outbox;
    private final LifecycleConfig config;
    private final TicketClock clock;

    TicketLifecycleService(TicketService tickets, TicketChanges changes, Outbox outbox, LifecycleConfig config,
            TicketClock clock) {
        this.tickets = tickets;
        this.changes = changes;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** {@code POST /tickets/{id}/status}: start or resume (IN_PROGRESS), wait (PENDING), cancel (CANCELLED). */
    @Transactional
    public Ticket changeStatus(String id, StatusChangeRequest request, CurrentUser caller) {
        Ticket ticket = tickets.lockForChange(id, caller);
        Transition transition = Lifecycle.forStatusRequest(ticket.status, request.status(),
                Actor.of(ticket, caller));
        Instant now = now();
        if (transition == Transition.PEND) {
            if (request.reason() == null || request.reason().isBlank()) {
                throw ApiProblem.badRequest("reason", "is required to put a ticket on hold");
            }
            if (request.resumeAt() != null && !request.resumeAt().isAfter(now)) {
                throw ApiProblem.badRequest("resumeAt", "must be in the future");
            }
            if (request.resumeAt() != null && request.resumeAt().isAfter(LATEST)) {
                throw ApiProblem.badRequest("resumeAt", "must be before the year 10000");
            }
        } else if (request.resumeAt() != null) {
            throw ApiProblem.badRequest("resumeAt", "is only for PENDING");
        }
        changes.move(ticket, transition, by(caller), request.reason(), now);
        if (transition == Transition.PEND) {
            ticket.resumeAt = TicketClock.stored(request.resumeAt());
        }
        return ticket;
    }

    /** A technician proposes a solution: RESOLVED, closing by itself if the requester does not answer. */
    @Transactional
    public Ticket proposeSolution(String id, SolutionRequest request, CurrentUser caller) {
        Ticket ticket = tickets.lockForChange(id, caller);
        Lifecycle.check(Transition.RESOLVE, ticket.status, Actor.of(ticket, caller));
        Instant now = now();
        changes.move(ticket, Transition.RESOLVE, by(caller), null, now);
        ticket.solutionText = request.text();
        ticket.solutionArticleId = request.knowledgeArticleId();
        ticket.resolvedAt = now;
        ticket.autoCloseAt = now.plus(config.autoCloseAfter());
        if (ticket.firstResponseAt == null) {
            ticket.firstResponseAt = now; // a solution is an answer to the requester
        }
        changes.field(ticket, by(caller), "SOLUTION_PROPOSED", "solution", null, request.text(), now);
        outbox.append(Topics.TICKET_EVENTS, ticket.id, SolutionProposed.TYPE, new SolutionProposed(ticket.id,
                caller.id(), ticket.requesterId, ticket.solutionArticleId, ticket.autoCloseAt, now));
        return ticket;
    }

    /** The requester accepts the solution: CLOSED. */
    @Transactional
    public Ticket acceptSolution(String id, CurrentUser caller) {
        Ticket ticket = tickets.lockForChange(id, caller);
        Lifecycle.check(Transition.ACCEPT, ticket.status, Actor.of(ticket, caller));
        close(ticket, by(caller), false, now());
        return ticket;
    }

    /** Closes a RESOLVED ticket whose solution nobody answered in time (timed job). */
    public void autoClose(Ticket ticket, Instant now) {
        Lifecycle.check(Transition.ACCEPT, ticket.status, Actor.SYSTEM);
        close(ticket, By.SYSTEM, true, now);
    }

    private void close(Ticket ticket, By by, boolean automatic, Instant now) {
        changes.move(ticket, Transition.ACCEPT, by, automatic ? "No answer to the solution in time" : null, now);
        ticket.closedAt = now;
        ticket.autoCloseAt = null;
        changes.field(ticket, by, "SOLUTION_ACCEPTED", "solution", null, automatic ? "automatic" : "accepted", now);
        outbox.append(Topics.TICKET_EVENTS, ticket.id, SolutionAccepted.TYPE,
                new SolutionAccepted(ticket.id, by.id(), automatic, now));
        outbox.append(Topics.TICKET_EVENTS, ticket.id, TicketClosed.TYPE, new TicketClosed(ticket.id,
                ticket.requesterId, ticket.assigneeId, ticket.category.name(), ticket.priority.name(),
                ticket.createdAt, ticket.firstResponseAt, ticket.resolvedAt, ticket.closedAt, ticket.reopenCount,
                ticket.responseBreached, ticket.resolutionBreached));
    }

    /** The requester rejects the solution, with a reason: back to IN_PROGRESS, reopened once more. */
    @Transactional
    public Ticket rejectSolution(String id, RejectionRequest request, CurrentUser caller) {
        Ticket ticket = tickets.lockForChange(id, caller);
        Lifecycle.check(Transition.REJECT, ticket.status, Actor.of(ticket, caller));
        Instant now = now();
        changes.move(ticket, Transition.REJECT, by(caller), request.reason(), now);
        ticket.reopenCount++;
        ticket.resolvedAt = null;
        ticket.autoCloseAt = null;
        changes.field(ticket, by(caller), "SOLUTION_REJECTED", "reopenCount", ticket.reopenCount - 1,
                ticket.reopenCount, now);
        outbox.append(Topics.TICKET_EVENTS, ticket.id, SolutionRejected.TYPE,
                new SolutionRejected(ticket.id, caller.id(), request.reason(), ticket.reopenCount, now));
        outbox.append(Topics.TICKET_EVENTS, ticket.id, TicketReopened.TYPE,
                new TicketReopened(ticket.id, caller.id(), request.reason(), ticket.reopenCount, now));
        return ticket;
    }

    /** The satisfaction survey: once per closed ticket, by its requester. */
    @Transactional
    public Ticket rate(String id, SatisfactionRequest request, CurrentUser caller) {
        Ticket ticket = tickets.lockForChange(id, caller);
        if (!caller.id().equals(ticket.requesterId)) {
            throw ApiProblem.forbidden("Only the requester answers the satisfaction survey");
        }
        if (ticket.status != Status.CLOSED) {
            throw ApiProblem.conflict("not-closed", "Ticket not closed",
                    "The satisfaction survey opens when the ticket is closed; it is " + ticket.status);
        }
        if (ticket.satisfactionRating != null) {
            throw ApiProblem.conflict("already-rated", "Already rated",
                    "The satisfaction survey of this ticket was already answered");
        }
        Instant now = now();
        ticket.satisfactionRating = request.rating();
        ticket.satisfactionComment = request.comment();
        ticket.ratedAt = now;
        ticket.updatedAt = now;
        changes.field(ticket, by(caller), "SATISFACTION_RATED", "satisfaction", null, request.rating(), now);
        outbox.append(Topics.TICKET_EVENTS, ticket.id, SatisfactionRated.TYPE, new SatisfactionRated(ticket.id,
                ticket.requesterId, ticket.assigneeId, request.rating(), request.comment(), now));
        return ticket;
    }

    private static By by(CurrentUser caller) {
        return new By(caller.id(), caller.displayName());
    }

    private Instant now() {
        return clock.now();
    }
}
