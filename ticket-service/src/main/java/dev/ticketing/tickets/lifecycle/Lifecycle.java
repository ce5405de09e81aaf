package dev.ticketing.tickets.lifecycle;

import java.util.EnumSet;
import java.util.Set;

import dev.ticketing.tickets.ticket.Status;

/** The ticket state machine: which moves an actor may make from a status. Pure; tested exhaustively. */
public final class Lifecycle {

    private Lifecycle() {
    }

    /** Statuses that still need work (archiving and auto-close never apply to them; cancel does). */
    public static final Set<Status> OPEN = EnumSet.of(Status.NEW, Status.ASSIGNED, Status.IN_PROGRESS,
            Status.PENDING);

    /** The statuses {@code actor} may move a ticket in {@code current} to, through any operation. */
    public static Set<Status> allowedTargets(Status current, Actor actor) {
        Set<Status> targets = EnumSet.noneOf(Status.class);
        for (Transition t : Transition.values()) {
            if (t.allows(current, actor)) {
                targets.add(t.to());
            }
        }
        return targets;
    }

    /** Checks one specific move; throws {@link IllegalTransition} naming the allowed targets otherwise. */
    public static void check(Transition transition, Status current, Actor actor) {
        if (!transition.allows(current, actor)) {
            throw new IllegalTransition(current, transition.to(), allowedTargets(current, actor));
        }
    }

    /**
     * The move that {@code POST /tickets/{id}/status} means: IN_PROGRESS (start or resume), PENDING or CANCELLED.
     * Other targets have their own operations (solution, accept, reject) or come from events (assignment).
     */
    public static Transition forStatusRequest(Status current, Status target, Actor actor) {
        Transition transition = switch (target) {
            case IN_PROGRESS -> current == Status.PENDING ? Transition.RESUME : Transition.START;
            case PENDING -> Transition.PEND;
            case CANCELLED -> Transition.CANCEL;
            default -> null;
        };
        if (transition == null || !transition.allows(current, actor)) {
            throw new IllegalTransition(current, target, allowedTargets(current, actor));
        }
        return transition;
    }
}
