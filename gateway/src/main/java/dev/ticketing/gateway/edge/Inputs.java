package dev.ticketing.gateway.edge;

import java.sql.SQLException;
import java.util.Set;

import dev.ticketing.kit.paging.PageParams;
import dev.ticketing.kit.problem.ApiProblem;

/** Strict checks of the gateway's own query parameters, and what a refused unique key looks like. */
public final class Inputs {

    private Inputs() {
    }

    /** 400 when {@code page * size} does not fit the row offset (an int), instead of an overflow. */
    public static void checkPage(PageParams page) {
        if ((long) page.page * page.size > Integer.MAX_VALUE - page.size) {
            throw ApiProblem.badRequest("page", "is too large for a page size of " + page.size);
        }
    }

    /** A boolean filter: absent, {@code true} or {@code false}; anything else is 400. */
    public static Boolean strictBoolean(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiProblem.badRequest(name, "must be true or false");
        };
    }

    /** A filter that must be one of {@code allowed}; blank means no filter. */
    public static String oneOf(String name, String value, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (!allowed.contains(trimmed)) {
            throw ApiProblem.badRequest(name, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return trimmed;
    }

    /** Whether {@code e} (or a cause) is a duplicate key (SQLSTATE 23000, MySQL/MariaDB error 1062). */
    public static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == 1062
                    || sql instanceof java.sql.SQLIntegrityConstraintViolationException)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
