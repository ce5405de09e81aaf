package dev.ticketing.tickets.comment;

/** Who may read a comment: everyone on the ticket, or staff only. */
public enum Visibility {
    PUBLIC, INTERNAL
}
