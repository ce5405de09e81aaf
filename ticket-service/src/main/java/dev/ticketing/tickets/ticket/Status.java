package dev.ticketing.tickets.ticket;

/** Where a ticket stands in its life cycle. */
public enum Status {
    NEW, ASSIGNED, IN_PROGRESS, PENDING, RESOLVED, CLOSED, CANCELLED
}
