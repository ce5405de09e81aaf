package dev.ticketing.tickets.ticket;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to file a ticket: a priority, or an impact and an urgency to derive it from. */
@Schema(name = "CreateTicketRequest", description = "A new ticket. Give `priority`, or `impact` and `urgency`. Names "
        + "(requester, creator) come from the verified token or the user directory, never from the body.")
public record CreateTicketRequest(
        @NotBlank @Size(max = 200)
        @Schema(example = "VPN drops every ten minutes", maxLength = 200, required = true)
        String title,

        @NotBlank @Size(max = 20000)
        @Schema(example = "Since this morning the VPN client disconnects every ten minutes.", maxLength = 20000,
                required = true)
        String description,

        @NotNull
        @Schema(example = "INCIDENT", required = true)
        Category category,

        @Schema(example = "P2", description = "Given directly; otherwise derived from impact and urgency")
        Priority priority,

        @Min(1) @Max(3)
        @Schema(example = "2", description = "1 = whole business, 2 = several users, 3 = one user")
        Integer impact,

        @Min(1) @Max(3)
        @Schema(example = "2", description = "1 = work stopped, 2 = work impaired, 3 = can wait")
        Integer urgency,

        @Schema(example = "WEB", description = "Defaults to WEB, or API for service clients")
        Channel channel,

        @Size(max = 36) @Pattern(regexp = "^[A-Za-z0-9-]{1,36}$", message = "must be a user id")
        @Schema(description = "Only technicians, supervisors, admins and service clients: file on behalf of this "
                + "requester, who must be an active user of the directory (422 otherwise). The requester's name is "
                + "taken from the directory; a `requesterName` in the body is ignored.",
                example = "5b1f0c1e-9d3a-4f6e-8f7a-2c4d6e8f0a1b")
        String requesterId) {
}
