package dev.ticketing.tickets.lifecycle;

import java.util.EnumSet;
import java.util.Set;

import dev.ticketing.tickets.ticket.Status;

/** Every move of the ticket life cycle: from which statuses, to which status, by whom. */
public enum Transition {
    /** A technician was assigned (event from assignment-service). */
    ASSIGN(EnumSet.of(Status.NEW), Status.ASSIGNED, EnumSet.of(Actor.SYSTEM)),
    START(EnumSet.of(Status.ASSIGNED), Status.IN_PROGRESS,
            EnumSet.of(Actor.ASSIGNEE, Actor.SUPERVISOR, Actor.ADMIN)),
    /** Waiting on the requester or a third party: the SLA clock pauses. */
    PEND(EnumSet.of(Status.IN_PROGRESS), Status.PENDING, EnumSet.of(Actor.ASSIGNEE, Actor.SUPERVISOR, Actor.ADMIN)),
    /** By hand, at resumeAt (SYSTEM), or by a public comment of the requester (SYSTEM on their behalf). */
    RESUME(EnumSet.of(Status.PENDING), Status.IN_PROGRESS,
            EnumSet.of(Actor.ASSIGNEE, Actor.SUPERVISOR, Actor.ADMIN, Actor.SYSTEM)),
    /** A solution is proposed. */
    RESOLVE(EnumSet.of(Status.IN_PROGRESS, Status.PENDING), Status.RESOLVED,
            EnumSet.of(Actor.ASSIGNEE, Actor.SUPERVISOR, Actor.ADMIN)),
    /** The requester accepts the solution, or nobody answered in time (SYSTEM). */
    ACCEPT(EnumSet.of(Status.RESOLVED), Status.CLOSED, EnumSet.of(Actor.REQUESTER, Actor.SYSTEM)),
    /** The requester rejects the solution: the ticket reopens. */
    REJECT(EnumSet.of(Status.RESOLVED), Status.IN_PROGRESS, EnumSet.of(Actor.REQUESTER)),
    CANCEL(EnumSet.of(Status.NEW, Status.ASSIGNED, Status.IN_PROGRESS, Status.PENDING), Status.CANCELLED,
            EnumSet.of(Actor.REQUESTER, Actor.SUPERVISOR, Actor.ADMIN));

    private final Set<Status> from;
    private final Status to;
    private final Set<Actor> actors;

    Transition(Set<Status> from, Status to, Set<Actor> actors) {
        this.from = from;
        this.to = to;
        this.actors = actors;
    }

    public Status to() {
        return to;
    }

    public boolean allows(Status current, Actor actor) {
        return from.contains(current) && actors.contains(actor);
    }
}
