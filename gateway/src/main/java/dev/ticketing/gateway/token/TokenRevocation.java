package dev.ticketing.gateway.token;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.ticketing.events.TokenRevoked;
import dev.ticketing.events.Topics;
import dev.ticketing.kit.outbox.Outbox;
import io.quarkus.logging.Log;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * RFC 7009 revocation of either kind of token. A refresh token revokes its whole family; an access token (one of
 * this gateway's, still valid) is published as {@code TokenRevoked} on {@code identity-events} through the outbox,
 * so that every service (and the gateway's own edge check) refuses it by its {@code jti} until it expires. Unknown,
 * expired or foreign tokens are ignored, as the RFC asks (the answer is 200 either way).
 */
@ApplicationScoped
public class TokenRevocation {

    private final RefreshTokens refreshTokens;
    private final JWTParser parser;
    private final Outbox outbox;
    private final Clock clock;

    TokenRevocation(RefreshTokens refreshTokens, JWTParser parser, Outbox outbox, Clock clock) {
        this.clock = clock;
        this.refreshTokens = refreshTokens;
        this.parser = parser;
        this.outbox = outbox;
    }

    /** Revokes {@code token}; {@code hint} ({@code access_token} or {@code refresh_token}) only orders the lookup. */
    @Transactional
    public void revoke(String token, String hint) {
        // An access token is a JWS (three dot-separated parts); a refresh token is 43 base64url characters.
        boolean looksLikeJwt = token.chars().filter(c -> c == '.').count() == 2;
        if (looksLikeJwt || "access_token".equals(hint)) {
            if (revokeAccessToken(token)) {
                return;
            }
        }
        refreshTokens.revoke(token);
    }

    private boolean revokeAccessToken(String token) {
        JsonWebToken jwt;
        try {
            jwt = parser.parse(token); // our signature, issuer, audience, not expired
        } catch (ParseException | RuntimeException e) {
            Log.debugf("Revocation of an access token that is not valid (ignored): %s", e.getMessage());
            return false;
        }
        String subject = jwt.getSubject();
        String jti = jwt.getTokenID();
        if (subject == null || jti == null) {
            return false;
        }
        Instant expiresAt = Instant.ofEpochSecond(jwt.getExpirationTime());
        outbox.append(Topics.IDENTITY_EVENTS, subject, TokenRevoked.TYPE,
                new TokenRevoked(subject, jti, expiresAt, Instant.now(clock)));
        Log.infof("Access token %s of %s revoked", jti, subject);
        return true;
    }
}
