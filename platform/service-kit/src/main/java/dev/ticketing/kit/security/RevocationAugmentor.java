package dev.ticketing.kit.security;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Refuses a verified access token that is on the deny list ({@link RevokedTokens}): authentication fails, and the
 * kit's mappers answer 401 problem+json, as for an expired token.
 */
@ApplicationScoped
public class RevocationAugmentor implements SecurityIdentityAugmentor {

    private final RevokedTokens revoked;

    RevocationAugmentor(RevokedTokens revoked) {
        this.revoked = revoked;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token) {
            long iat = token.getIssuedAtTime();
            Instant issuedAt = iat > 0 ? Instant.ofEpochSecond(iat) : null;
            if (revoked.isRevoked(token.getSubject(), token.getTokenID(), issuedAt)) {
                return Uni.createFrom().failure(new AuthenticationFailedException("The access token was revoked"));
            }
        }
        return Uni.createFrom().item(identity);
    }
}
