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
        Instant now = Instant.now();
        String token = Jwt.issuer(issuer)
                .audience(audience)
                .subject(user.id())
                .upn(user.username())
                .claim("name", user.displayName())
                .groups(user.roles())
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
