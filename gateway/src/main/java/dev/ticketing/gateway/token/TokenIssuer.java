package dev.ticketing.gateway.token;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.ticketing.gateway.identity.AppUser;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

/** Signs RS256 access tokens for users. */
@ApplicationScoped
public class TokenIssuer {

    /** A signed access token and its lifetime. */
    public record AccessToken(String token, long expiresIn) {
    }

    private final SigningKeys keys;
    private final String issuer;
    private final String audience;
    private final Duration ttl;

    TokenIssuer(SigningKeys keys, @ConfigProperty(name = "ticketing.jwt.issuer") String issuer,
            @ConfigProperty(name = "ticketing.jwt.audience") String audience,
            @ConfigProperty(name = "ticketing.jwt.access-token-ttl", defaultValue = "15m") Duration ttl) {
        this.keys = keys;
        this.issuer = issuer;
        this.audience = audience;
        this.ttl = ttl;
    }

    public AccessToken issue(AppUser user) {
        return issue(user.id(), user.username(), user.displayName(), user.roles());
    }

    /** A token for a service client: sub = client id, groups = its roles (always including service). */
    public AccessToken issue(dev.ticketing.gateway.clients.ServiceClient client) {
        java.util.Set<String> roles = new java.util.LinkedHashSet<>(client.roles());
        roles.add(dev.ticketing.kit.security.Roles.SERVICE);
        return issue(client.id(), client.id(), client.name(), roles);
    }

    private AccessToken issue(String subject, String upn, String name, java.util.Set<String> groups) {
        Instant now = Instant.now();
        String token = Jwt.issuer(issuer)
                .audience(audience)
                .subject(subject)
                .upn(upn)
                .claim("name", name)
                .groups(groups)
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .claim("jti", UUID.randomUUID().toString())
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .keyId(keys.keyId())
                .sign(keys.signingKey());
        return new AccessToken(token, ttl.toSeconds());
    }
}
