package dev.ticketing.tickets.lifecycle;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.ticketing.tickets.ticket.Status;

/** A move through {@code POST /tickets/{id}/status}. */
@Schema(name = "StatusChangeRequest")
public record StatusChangeRequest(
        @NotNull
        @Schema(required = true, example = "PENDING", enumeration = {"IN_PROGRESS", "PENDING", "CANCELLED"})
        Status status,
        @Size(max = 2000)
        @Schema(example = "Waiting for the user to try the new driver", description = "Required for PENDING")
        String reason,
        @Schema(description = "PENDING only: when the ticket resumes by itself (UTC, in the future)")
        Instant resumeAt) {
}
