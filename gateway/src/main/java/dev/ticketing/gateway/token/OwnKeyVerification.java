package dev.ticketing.gateway.token;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.config.JWTAuthContextInfoProvider;

/**
 * The gateway verifies bearer tokens (its own endpoints and before forwarding) with its own public keys, in memory,
 * instead of fetching its own JWKS over HTTP as the services do. Issuer, audience and algorithm stay those of the
 * {@code mp.jwt.verify.*} configuration. With {@code ticketing.jwt.verify-with-own-keys=false} the plain
 * configuration applies (an external issuer).
 */
@ApplicationScoped
public class OwnKeyVerification {

    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    JWTAuthContextInfo contextInfo(JWTAuthContextInfoProvider provider, SigningKeys keys,
            @ConfigProperty(name = "ticketing.jwt.verify-with-own-keys", defaultValue = "true") boolean ownKeys) {
        JWTAuthContextInfo configured = provider.getContextInfo();
        if (!ownKeys) {
            return configured;
        }
        JWTAuthContextInfo info = new JWTAuthContextInfo(configured);
        info.setPublicKeyLocation(null);
        List<java.security.PublicKey> publicKeys = keys.publicKeys();
        if (publicKeys.size() == 1) {
            info.setPublicVerificationKey(publicKeys.get(0));
        } else {
            info.setPublicKeyContent(keys.jwksJson());
        }
        return info;
    }
}
