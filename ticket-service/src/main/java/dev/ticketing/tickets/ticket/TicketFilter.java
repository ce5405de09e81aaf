package dev.ticketing.tickets.ticket;

import java.time.Instant;
import java.util.List;

/** The filters of the ticket list, already parsed and validated. */
public record TicketFilter(
        List<Status> statuses,
        Priority priority,
        Category category,
        String assigneeId,
        String requesterId,
        String q,
        Instant createdFrom,
        Instant createdTo,
        Instant updatedSince,
        boolean archived) {
}
