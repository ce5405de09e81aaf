package dev.ticketing.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An access token was revoked before it expired (published by the gateway on {@code identity-events}, key = user
 * id). Every service refuses the token, by its {@code jti}, until {@code expiresAt}; after that it is expired anyway.
 *
 * @param userId the token's subject
 * @param tokenId the token's {@code jti} claim
 * @param expiresAt the token's {@code exp}: how long the deny-list entry must be kept
 * @param revokedAt when it was revoked
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenRevoked(
        String userId,
        String tokenId,
        Instant expiresAt,
        Instant revokedAt) {

    public static final String TYPE = "ticketing.identity.token-revoked.v1";
}
