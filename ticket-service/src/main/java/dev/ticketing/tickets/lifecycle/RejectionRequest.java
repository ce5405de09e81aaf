package dev.ticketing.tickets.lifecycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requester's reason for rejecting a solution. */
@Schema(name = "RejectionRequest")
public record RejectionRequest(
        @NotBlank @Size(max = 2000)
        @Schema(required = true, example = "Still disconnects after lunch.")
        String reason) {
}
