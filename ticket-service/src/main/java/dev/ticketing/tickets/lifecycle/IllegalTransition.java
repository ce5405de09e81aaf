package dev.ticketing.tickets.lifecycle;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ticketing.kit.problem.ApiProblem;
import dev.ticketing.tickets.ticket.Status;

/** 409: the ticket cannot move that way, from where it is, for this caller; names the moves that are allowed. */
public class IllegalTransition extends ApiProblem {

    public IllegalTransition(Status from, Status to, Set<Status> allowed) {
        super(409, "illegal-transition", "Illegal transition",
                "A ticket in status " + from + " cannot move to " + to + " by this caller; allowed: "
                        + (allowed.isEmpty() ? "none" : allowed),
                List.of(), Map.of("currentStatus", from, "requestedStatus", to,
                        "allowed", allowed.stream().map(Enum::name).sorted().toList()));
    }
}
