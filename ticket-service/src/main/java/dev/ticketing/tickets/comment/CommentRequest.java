package dev.ticketing.tickets.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new comment; INTERNAL is for staff only. */
@Schema(name = "CommentRequest")
public record CommentRequest(
        @NotBlank @Size(max = 20000)
        @Schema(required = true, example = "Could you send a screenshot of the error?") String body,
        @Schema(example = "PUBLIC", description = "Defaults to PUBLIC") Visibility visibility) {
}
