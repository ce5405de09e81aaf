package dev.ticketing.gateway.token;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A successful answer of the token endpoint (RFC 6749 section 5.1). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TokenResponse", description = "RFC 6749 access token response")
public record TokenResponse(
        @JsonProperty("access_token") @Schema(description = "RS256 JWT to send as 'Authorization: Bearer …'") String accessToken,
        @JsonProperty("token_type") @Schema(example = "Bearer") String tokenType,
        @JsonProperty("expires_in") @Schema(description = "Lifetime in seconds", example = "900") long expiresIn,
        @JsonProperty("refresh_token") @Schema(description = "Opaque refresh token, single use: each use returns a new one") String refreshToken,
        @Schema(description = "Granted scope, when restricted", nullable = true) String scope) {
}
