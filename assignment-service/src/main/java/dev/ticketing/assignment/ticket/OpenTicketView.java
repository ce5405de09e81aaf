package dev.ticketing.assignment.ticket;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An open ticket as the assignment API shows it. */
@Schema(name = "OpenTicket", description = "A ticket that still needs work")
public record OpenTicketView(
        @Schema(example = "3f2a8c1e-0b7d-4b8e-9a51-0d6a3c2b7e11") String ticketId,
        @Schema(example = "Printer on fire") String title,
        @Schema(example = "INCIDENT") String category,
        @Schema(example = "P1") String priority,
        @Schema(example = "NEW") String status,
        @Schema(description = "Id of the requester") String requesterId,
        @Schema(description = "Id of the assigned technician, or null") String assigneeId,
        @Schema(example = "2026-01-31T09:15:00Z") Instant createdAt,
        @Schema(example = "2026-01-31T09:20:00Z") Instant updatedAt) {

    static OpenTicketView of(OpenTicket t) {
        return new OpenTicketView(t.ticketId, t.title, t.category, t.priority, t.status, t.requesterId,
                t.assigneeId, t.createdAt, t.updatedAt);
    }
}
