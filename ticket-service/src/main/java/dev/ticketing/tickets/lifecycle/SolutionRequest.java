package dev.ticketing.tickets.lifecycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A proposed solution: the ticket becomes RESOLVED and waits for the requester's verdict. */
@Schema(name = "SolutionRequest")
public record SolutionRequest(
        @NotBlank @Size(max = 20000)
        @Schema(required = true, example = "Reinstalled the VPN client 5.2; the drops stopped.")
        String text,
        @Size(max = 36)
        @Schema(description = "A knowledge-base article the solution cites")
        String knowledgeArticleId) {
}
