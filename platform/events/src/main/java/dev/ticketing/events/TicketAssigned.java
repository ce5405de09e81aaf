package dev.ticketing.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A technician was assigned to a ticket (published by assignment-service). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketAssigned(
        String assignmentId,
        String ticketId,
        String technicianId,
        String technicianName,
        String assignedById,
        String mode,
        Instant assignedAt,
        /** Added compatibly: the display name of assignedById, for histories; null from older producers. */
        String assignedByName) {

    public static final String TYPE = "ticketing.assignment.assigned.v1";
}
