package dev.ticketing.assignment.technician;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A technician as the assignment API shows it. */
@Schema(name = "Technician", description = "A technician, their skills, capacity and current load")
public record TechnicianView(
        @Schema(description = "User id", example = "7d1e2f3a-0b7d-4b8e-9a51-0d6a3c2b7e11") String id,
        @Schema(example = "tech1") String username,
        @Schema(example = "Tina Tech") String name,
        @Schema(example = "tina@example.com") String email,
        @Schema(example = "Network") String team,
        @Schema(description = "Ticket categories the technician handles", example = "[\"INCIDENT\", \"BUG\"]")
        List<String> skills,
        @Schema(description = "Support level, 1 to 3", example = "2") int level,
        @Schema(description = "Maximum number of open tickets", example = "5") int capacity,
        @Schema(description = "Whether new tickets may go to the technician (available and account enabled)")
        boolean available,
        @Schema(description = "Open tickets assigned to the technician", example = "3") long openTickets,
        @Schema(description = "Version, also given as ETag", example = "4") long version,
        @Schema(example = "2026-01-31T09:20:00Z") Instant updatedAt) {

    static TechnicianView of(Technician t, long openTickets) {
        return new TechnicianView(t.id, t.username, t.name, t.email, t.team, t.skillList(), t.level, t.capacity,
                t.available && t.enabled, openTickets, t.version, t.updatedAt);
    }
}
