package dev.ticketing.tickets.directory;

import java.util.List;
import java.util.Map;

import dev.ticketing.kit.problem.ApiProblem;
import dev.ticketing.kit.problem.Problem;

/** A ticket filed on behalf of a user the directory does not know, or knows as disabled. */
public class UnknownRequester extends ApiProblem {

    public UnknownRequester(String id) {
        super(422, "unknown-requester", "Unknown requester", "No active user " + id + " to file the ticket for",
                List.of(new Problem.FieldError("requesterId", "names no active user")), Map.of());
    }
}
