package dev.ticketing.tickets.ticket;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code PATCH /tickets/{id}}: the fields to change; absent fields stay as they are. */
@Schema(name = "UpdateTicketRequest", description = "Fields to change. Requesters may change title and "
        + "description of their NEW tickets; the assignee, supervisors and admins any field.")
public record UpdateTicketRequest(
        @Size(max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        @Schema(maxLength = 200, example = "VPN drops every five minutes") String title,
        @Size(max = 20000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        @Schema(maxLength = 20000) String description,
        @Schema(example = "INCIDENT") Category category,
        @Schema(example = "P1") Priority priority) {

    boolean isEmpty() {
        return title == null && description == null && category == null && priority == null;
    }
}
