package dev.ticketing.assignment.ticket;

import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.ticketing.kit.security.CurrentUser;
import dev.ticketing.kit.security.Roles;

/**
 * Which tickets a caller may see, by the same rule as ticket-service's {@code TicketService.canSee}: supervisors,
 * admins and services see all; a requester sees their own tickets; a technician sees the tickets assigned to them
 * and the unassigned ones.
 */
@ApplicationScoped
public class TicketVisibility {

    private final OpenTicketRepository openTickets;
    private final ClosedTicketRepository closedTickets;

    TicketVisibility(OpenTicketRepository openTickets, ClosedTicketRepository closedTickets) {
        this.openTickets = openTickets;
        this.closedTickets = closedTickets;
    }

    /** Whether the caller sees every ticket, so that no filter applies. */
    public static boolean seesAll(CurrentUser caller) {
        return caller.isStaffManager() || caller.hasRole(Roles.SERVICE);
    }

    /** Whether the caller may see a ticket with this requester and assignee. */
    public static boolean canSee(String requesterId, String assigneeId, CurrentUser caller) {
        if (seesAll(caller)) {
            return true;
        }
        if (requesterId != null && Objects.equals(requesterId, caller.id())) {
            return true;
        }
        if (caller.hasRole(Roles.TECHNICIAN)) {
            return assigneeId == null || assigneeId.equals(caller.id());
        }
        return false;
    }

    /** Whether the caller may see this open ticket. */
    public static boolean canSee(OpenTicket ticket, CurrentUser caller) {
        return canSee(ticket.requesterId, ticket.assigneeId, caller);
    }

    /**
     * Whether the caller may see the ticket with this id, open or closed. A ticket this service has never heard
     * of is visible only to those who see all.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canSee(String ticketId, CurrentUser caller) {
        if (seesAll(caller)) {
            return true;
        }
        OpenTicket open = openTickets.findById(ticketId);
        if (open != null) {
            return canSee(open, caller);
        }
        ClosedTicket closed = closedTickets.findById(ticketId);
        return closed != null && canSee(closed.requesterId, closed.assigneeId, caller);
    }
}
