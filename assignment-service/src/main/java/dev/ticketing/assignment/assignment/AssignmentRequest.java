package dev.ticketing.assignment.assignment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/assignments}. */
@Schema(name = "AssignmentRequest", description = "Which technician takes which ticket")
public record AssignmentRequest(
        @Schema(description = "The ticket", example = "3f2a8c1e-0b7d-4b8e-9a51-0d6a3c2b7e11", required = true)
        @NotBlank(message = "is required") @Size(max = 36, message = "at most 36 characters") String ticketId,
        @Schema(description = "The technician's user id (a technician may only name themself)",
                example = "7d1e2f3a-0b7d-4b8e-9a51-0d6a3c2b7e11", required = true)
        @NotBlank(message = "is required") @Size(max = 100, message = "at most 100 characters")
        String technicianId) {
}
