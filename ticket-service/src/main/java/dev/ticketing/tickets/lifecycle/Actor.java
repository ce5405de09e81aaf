package dev.ticketing.tickets.lifecycle;

import dev.ticketing.kit.security.CurrentUser;
import dev.ticketing.kit.security.Roles;
import dev.ticketing.tickets.ticket.Ticket;

/** Who acts on a ticket, relative to that ticket: the rules of the life cycle are stated in these terms. */
public enum Actor {
    /** The ticket's own requester. */
    REQUESTER,
    /** The technician the ticket is assigned to. */
    ASSIGNEE,
    /** A technician the ticket is not assigned to. */
    OTHER_TECHNICIAN,
    SUPERVISOR,
    ADMIN,
    /** An integration client. */
    SERVICE,
    /** The suite itself: timers (resume, auto-close) and events from other services. */
    SYSTEM;

    /** The strongest relation the caller has to the ticket. */
    public static Actor of(Ticket ticket, CurrentUser caller) {
        if (caller.hasRole(Roles.ADMIN)) {
            return ADMIN;
        }
        if (caller.hasRole(Roles.SUPERVISOR)) {
            return SUPERVISOR;
        }
        if (caller.hasRole(Roles.TECHNICIAN) && caller.id().equals(ticket.assigneeId)) {
            return ASSIGNEE;
        }
        if (caller.id().equals(ticket.requesterId)) {
            return REQUESTER;
        }
        if (caller.hasRole(Roles.TECHNICIAN)) {
            return OTHER_TECHNICIAN;
        }
        return SERVICE;
    }
}
