package dev.ticketing.reporting.kpi;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import java.util.List;

import dev.ticketing.kit.problem.ApiProblem;

/**
 * The period and filters of a KPI request: {@code [from, to)}, and optionally one category and one priority.
 *
 * @param from start of the period, inclusive
 * @param to end of the period, exclusive
 * @param category only tickets of this category, or null for all
 * @param priority only tickets of this priority, or null for all
 * @param technicianId only tickets (last) assigned to this technician, or null for all
 */
public record KpiQuery(Instant from, Instant to, String category, String priority, String technicianId) {

    /** The ticket categories of the suite, in the order the reports list them. */
    public static final List<String> CATEGORIES = List.of("INCIDENT", "ASSISTANCE", "CHANGE_REQUEST", "BUG",
            "QUESTION", "OTHER");
    /** The ticket priorities of the suite, most urgent first. */
    public static final List<String> PRIORITIES = List.of("P0", "P1", "P2", "P3");
    /** The earliest instant a period may name: the suite has no ticket before. */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    /** The latest instant a period may name: the end of the database's DATETIME range. */
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /**
     * Parses the query parameters of a KPI request.
     *
     * @param defaultPeriod length of the period when {@code from} is absent
     * @throws ApiProblem 400 naming the parameter that is invalid (an instant outside 1970 to 9999 included)
     */
    public static KpiQuery parse(String from, String to, String category, String priority, String technicianId,
            Duration defaultPeriod, Instant now) {
        // Without "to", the period ends at the next whole second: timestamps may be stored to the second (MariaDB
        // through Connector/J drops fractions), and a ticket filed this instant must already count.
        Instant end = to == null || to.isBlank() ? now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1)
                : instant("to", to);
        Instant start = from == null || from.isBlank() ? max(end.minus(defaultPeriod), EARLIEST)
                : instant("from", from);
        if (!start.isBefore(end)) {
            throw ApiProblem.badRequest("from", "must be before to");
        }
        String technician = technicianId == null || technicianId.isBlank() ? null : technicianId.strip();
        if (technician != null && technician.length() > 100) {
            throw ApiProblem.badRequest("technicianId", "at most 100 characters");
        }
        return new KpiQuery(start, end, oneOf("category", category, CATEGORIES),
                oneOf("priority", priority, PRIORITIES), technician);
    }

    private static Instant instant(String name, String value) {
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(name, "must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
        }
        // Instant.parse takes years from -1000000000 to 1000000000; outside the database's range a period
        // either fails in SQL or silently matches nothing.
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw ApiProblem.badRequest(name, "must be between " + EARLIEST + " and " + LATEST);
        }
        return instant;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String oneOf(String name, String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw ApiProblem.badRequest(name, "must be one of " + String.join(", ", allowed));
        }
        return value;
    }
}
