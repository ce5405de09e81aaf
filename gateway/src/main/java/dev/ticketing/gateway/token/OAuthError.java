package dev.ticketing.gateway.token;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An error of the token endpoint, as RFC 6749 section 5.2 shapes it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "OAuthError", description = "RFC 6749 error response of the token endpoint")
public record OAuthError(
        @Schema(example = "invalid_grant", enumeration = {"invalid_request", "invalid_grant",
                "unsupported_grant_type"}) String error,
        @JsonProperty("error_description") @Schema(example = "Invalid username or password") String errorDescription) {
}
