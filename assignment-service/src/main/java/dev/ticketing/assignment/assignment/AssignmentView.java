package dev.ticketing.assignment.assignment;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An assignment as the API shows it. */
@Schema(name = "Assignment", description = "A technician assigned to a ticket")
public record AssignmentView(
        @Schema(example = "5b7c1f0e-8a43-4c8e-9a51-0d6a3c2b7e11") String id,
        @Schema(example = "3f2a8c1e-0b7d-4b8e-9a51-0d6a3c2b7e11") String ticketId,
        @Schema(example = "7d1e2f3a-0b7d-4b8e-9a51-0d6a3c2b7e11") String technicianId,
        @Schema(example = "Tina Tech") String technicianName,
        @Schema(description = "User id of who assigned") String assignedBy,
        @Schema(description = "MANUAL (by a person) or AUTO", example = "MANUAL") String mode,
        @Schema(example = "2026-01-31T09:20:00Z") Instant assignedAt) {

    static AssignmentView of(Assignment a) {
        return new AssignmentView(a.id, a.ticketId, a.technicianId, a.technicianName, a.assignedBy, a.mode,
                a.assignedAt);
    }
}
