package dev.ticketing.tickets.ticket;

/** What kind of request a ticket is (seed section 5). */
public enum Category {
    /** Incident technique. */
    INCIDENT,
    /** Demande d'assistance. */
    ASSISTANCE,
    /** Demande d'évolution. */
    CHANGE_REQUEST,
    BUG,
    QUESTION,
    /** Autre. */
    OTHER
}
