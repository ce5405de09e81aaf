package dev.ticketing.events;

/** One field's old and new value, as text. */
public record FieldChange(String from, String to) {
}
