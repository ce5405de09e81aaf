package dev.ticketing.reporting.messaging;

import dev.ticketing.kit.inbox.MalformedEventException;

/**
 * Checks an event's fields against the columns they go to. A value the column cannot hold fails the same way at
 * every retry, so it makes the event poison (dead-lettered) rather than a transient failure that would hold the
 * partition for ever.
 */
public final class EventFields {

    private EventFields() {
    }

    /**
     * The value, if null or at most {@code max} characters long.
     *
     * @throws MalformedEventException otherwise
     */
    public static String fits(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new MalformedEventException(field + " longer than " + max + " characters");
        }
        return value;
    }
}
