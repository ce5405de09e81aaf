package dev.ticketing.tickets.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.ticketing.tickets.ticket.Status;

/** Every status × every target × every actor, against a table written out independently of the code. */
class LifecycleTest {

    /** The allowed moves, as ARCHITECTURE.md states them: "FROM>TO" and the actors that may make them. */
    private static final List<String> TABLE = List.of(
            "NEW>ASSIGNED: SYSTEM",
            "ASSIGNED>IN_PROGRESS: ASSIGNEE SUPERVISOR ADMIN",
            "IN_PROGRESS>PENDING: ASSIGNEE SUPERVISOR ADMIN",
            "PENDING>IN_PROGRESS: ASSIGNEE SUPERVISOR ADMIN SYSTEM",
            "IN_PROGRESS>RESOLVED: ASSIGNEE SUPERVISOR ADMIN",
            "PENDING>RESOLVED: ASSIGNEE SUPERVISOR ADMIN",
            "RESOLVED>CLOSED: REQUESTER SYSTEM",
            "RESOLVED>IN_PROGRESS: REQUESTER",
            "NEW>CANCELLED: REQUESTER SUPERVISOR ADMIN",
            "ASSIGNED>CANCELLED: REQUESTER SUPERVISOR ADMIN",
            "IN_PROGRESS>CANCELLED: REQUESTER SUPERVISOR ADMIN",
            "PENDING>CANCELLED: REQUESTER SUPERVISOR ADMIN");

    private static boolean inTable(Status from, Status to, Actor actor) {
        for (String row : TABLE) {
            String[] parts = row.split(": ");
            if (parts[0].equals(from + ">" + to) && Set.of(parts[1].split(" ")).contains(actor.name())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void shouldAllowExactlyTheMovesOfTheTable() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Status from : Status.values()) {
            for (Status to : Status.values()) {
                for (Actor actor : Actor.values()) {
                    boolean expected = inTable(from, to, actor);
                    boolean actual = Lifecycle.allowedTargets(from, actor).contains(to);
                    if (expected != actual) {
                        wrong.add(from + ">" + to + " by " + actor + ": expected " + expected);
                    }
                    checked++;
                }
            }
        }
        assertEquals(7 * 7 * 7, checked);
        assertTrue(wrong.isEmpty(), "mismatches: " + wrong);
    }

    @Test
    void shouldAcceptOnTheStatusEndpointOnlyItsOwnTargetsAndNameTheAllowedOnes() {
        List<String> wrong = new ArrayList<>();
        Set<Status> endpointTargets = Set.of(Status.IN_PROGRESS, Status.PENDING, Status.CANCELLED);
        for (Status from : Status.values()) {
            for (Status to : Status.values()) {
                for (Actor actor : Actor.values()) {
                    // Rejecting a solution (RESOLVED > IN_PROGRESS) has its own operation, with a mandatory reason.
                    boolean expected = endpointTargets.contains(to) && from != Status.RESOLVED
                            && inTable(from, to, actor);
                    try {
                        Transition t = Lifecycle.forStatusRequest(from, to, actor);
                        if (!expected || t.to() != to) {
                            wrong.add(from + ">" + to + " by " + actor + " was accepted");
                        }
                    } catch (IllegalTransition e) {
                        if (expected) {
                            wrong.add(from + ">" + to + " by " + actor + " was refused");
                        }
                        @SuppressWarnings("unchecked")
                        List<String> allowed = (List<String>) e.extensions().get("allowed");
                        List<String> fromTable = new ArrayList<>();
                        for (Status s : Status.values()) {
                            if (inTable(from, s, actor)) {
                                fromTable.add(s.name());
                            }
                        }
                        if (!allowed.equals(fromTable.stream().sorted().toList())) {
                            wrong.add(from + ">" + to + " by " + actor + " named " + allowed);
                        }
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), "mismatches: " + wrong);
    }

    @Test
    void shouldRefuseSpecificOperationsOutsideTheirStatuses() {
        IllegalTransition e = assertThrows(IllegalTransition.class,
                () -> Lifecycle.check(Transition.ACCEPT, Status.IN_PROGRESS, Actor.REQUESTER));
        assertEquals(409, e.status());
        assertEquals(List.of("CANCELLED"), e.extensions().get("allowed"));
    }
}
