package dev.ticketing.tickets.lifecycle;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requester's answer to the satisfaction survey of a closed ticket. */
@Schema(name = "SatisfactionRequest")
public record SatisfactionRequest(
        @NotNull @Min(1) @Max(5)
        @Schema(required = true, minimum = "1", maximum = "5", example = "5")
        Integer rating,
        @Size(max = 2000)
        @Schema(example = "Quick and friendly.")
        String comment) {
}
