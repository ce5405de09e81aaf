package dev.ticketing.tickets.ticket;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.ticketing.kit.problem.ApiProblem;
import dev.ticketing.kit.problem.Problem;

/**
 * The filters of {@code GET /tickets}, taken as text and parsed here, so that a bad value is a 400 naming the
 * parameter (JAX-RS would answer 404 for an unconvertible query parameter).
 */
public class TicketQuery {

    /** The range of instants the ticket columns hold (DATETIME, and TIMESTAMP-safe from 1970). */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    @QueryParam("status")
    @Parameter(description = "Repeatable: any of these statuses", example = "IN_PROGRESS")
    public List<String> status;

    @QueryParam("priority")
    @Parameter(example = "P1")
    public String priority;

    @QueryParam("category")
    @Parameter(example = "INCIDENT")
    public String category;

    @QueryParam("assigneeId")
    @Size(max = 36)
    public String assigneeId;

    @QueryParam("requesterId")
    @Size(max = 36)
    public String requesterId;

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(description = "Full text over title and description: every word of 3 or more letters or digits must "
            + "match (as a prefix); shorter words are ignored, and a q with no such word is 400. A caller runs at "
            + "most 2 searches at a time (429 with Retry-After beyond, configurable); a search is stopped after 3 s "
            + "(503 with Retry-After)", example = "vpn")
    public String q;

    @QueryParam("createdFrom")
    @Parameter(description = "Created at or after (ISO-8601 UTC, 1970 to 9999)", example = "2026-01-01T00:00:00Z")
    public String createdFrom;

    @QueryParam("createdTo")
    @Parameter(description = "Created before (ISO-8601 UTC, 1970 to 9999)", example = "2026-02-01T00:00:00Z")
    public String createdTo;

    @QueryParam("updatedSince")
    @Parameter(description = "Changed at or after (ISO-8601 UTC): for integrators that sync")
    public String updatedSince;

    @QueryParam("archived")
    @Parameter(description = "true lists archived tickets only; default false")
    public String archived;

    /** The parsed filter; 400 listing every bad parameter. */
    public TicketFilter toFilter() {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Status> statuses = new ArrayList<>();
        if (status != null) {
            for (String s : status) {
                for (String one : s.split(",")) {
                    Status parsed = parse(Status.class, one.strip(), "status", errors);
                    if (parsed != null) {
                        statuses.add(parsed);
                    }
                }
            }
        }
        TicketFilter filter = new TicketFilter(statuses, parse(Priority.class, priority, "priority", errors),
                parse(Category.class, category, "category", errors), blankToNull(assigneeId),
                blankToNull(requesterId), blankToNull(q), instant(createdFrom, "createdFrom", errors),
                instant(createdTo, "createdTo", errors), instant(updatedSince, "updatedSince", errors),
                bool(archived, errors));
        if (!errors.isEmpty()) {
            throw new ApiProblem(400, "validation", "Invalid input",
                    errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                            : errors.size() + " parameters are invalid", errors, Map.of());
        }
        return filter;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field,
            List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(field, "must be one of " + List.of(type.getEnumConstants())));
            return null;
        }
    }

    private static Instant instant(String value, String field, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant parsed;
        try {
            parsed = Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "must be an ISO-8601 UTC instant like 2026-01-31T08:00:00Z"));
            return null;
        }
        if (parsed.isBefore(EARLIEST) || parsed.isAfter(LATEST)) {
            errors.add(new Problem.FieldError(field, "must be between " + EARLIEST + " and " + LATEST));
            return null;
        }
        return parsed;
    }

    private static boolean bool(String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        errors.add(new Problem.FieldError("archived", "must be true or false"));
        return false;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
