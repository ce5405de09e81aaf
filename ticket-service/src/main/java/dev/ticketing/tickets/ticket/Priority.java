package dev.ticketing.tickets.ticket;

/** How urgent a ticket is (seed section 4). */
public enum Priority {
    /** Critique: immediate business impact. */
    P0,
    /** Urgent: several users affected. */
    P1,
    /** Normal: one user affected. */
    P2,
    /** Basse: improvement request. */
    P3
}
