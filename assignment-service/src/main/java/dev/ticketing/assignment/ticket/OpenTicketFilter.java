package dev.ticketing.assignment.ticket;

/**
 * Filters of the open-ticket list; null means any.
 *
 * @param category only this category
 * @param priority only this priority
 * @param requesterId only the tickets of this requester
 */
public record OpenTicketFilter(String category, String priority, String requesterId) {
}
