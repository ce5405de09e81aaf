package dev.ticketing.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A technician was taken off a ticket (published by assignment-service). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketUnassigned(
        String assignmentId,
        String ticketId,
        String technicianId,
        String actorId,
        String reason,
        Instant unassignedAt) {

    public static final String TYPE = "ticketing.assignment.unassigned.v1";
}
