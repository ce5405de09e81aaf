package dev.ticketing.assignment.technician;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fields of a technician a supervisor may change; null leaves a field as it is. */
@Schema(name = "TechnicianPatch", description = "Fields to change; absent ones stay as they are")
public record TechnicianPatch(
        @Schema(description = "Ticket categories handled (replaces the list)", example = "[\"INCIDENT\", \"BUG\"]")
        @Size(max = 6, message = "at most 6 categories")
        List<@NotNull @Pattern(regexp = "INCIDENT|ASSISTANCE|CHANGE_REQUEST|BUG|QUESTION|OTHER",
                message = "must be one of INCIDENT, ASSISTANCE, CHANGE_REQUEST, BUG, QUESTION, OTHER") String> skills,
        @Schema(description = "Support level, 1 to 3", example = "2")
        @Min(value = 1, message = "must be between 1 and 3") @Max(value = 3, message = "must be between 1 and 3")
        Integer level,
        @Schema(description = "Maximum number of open tickets, 0 to 100", example = "5")
        @Min(value = 0, message = "must be between 0 and 100") @Max(value = 100, message = "must be between 0 and 100")
        Integer capacity,
        @Schema(description = "Whether the technician takes new tickets") Boolean available) {

    boolean isEmpty() {
        return skills == null && level == null && capacity == null && available == null;
    }
}
