package dev.ticketing.gateway.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.ticketing.gateway.identity.AppUser;
import dev.ticketing.gateway.identity.UserRepository;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Opaque refresh tokens (256 random bits), stored hashed, rotated on every use. Reusing a rotated token revokes
 * its whole family, so a stolen token stops working for thief and owner alike.
 */
@ApplicationScoped
public class RefreshTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RefreshTokenRepository tokens;
    private final UserRepository users;
    private final Duration ttl;

    RefreshTokens(RefreshTokenRepository tokens, UserRepository users,
            @ConfigProperty(name = "ticketing.jwt.refresh-token-ttl", defaultValue = "12h") Duration ttl) {
        this.tokens = tokens;
        this.users = users;
        this.ttl = ttl;
    }

    /** A new refresh token starting a new family (at login). */
    @Transactional
    public String issue(AppUser user) {
        return create(user.id(), UUID.randomUUID().toString(), Instant.now());
    }

    /**
     * Exchanges a refresh token for its successor and the user; empty when the token is unknown, expired, used,
     * revoked or its user is disabled. A reused token revokes its family.
     */
    @Transactional
    public Optional<Rotated> rotate(String presented) {
        Instant now = Instant.now();
        Optional<RefreshToken> found = tokens.findByHash(hash(presented));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RefreshToken token = found.get();
        if (token.revokedAt != null || token.expiresAt.isBefore(now)) {
            return Optional.empty();
        }
        if (token.usedAt != null || !tokens.markUsed(token.id, now)) {
            int revoked = tokens.revokeFamily(token.familyId, now);
            Log.warnf("Refresh token reused for user %s: revoked %d tokens of its family", token.userId, revoked);
            return Optional.empty();
        }
        Optional<AppUser> user = users.findByIdOptional(token.userId).filter(AppUser::enabled);
        if (user.isEmpty()) {
            tokens.revokeFamily(token.familyId, now);
            return Optional.empty();
        }
        return Optional.of(new Rotated(user.get(), create(token.userId, token.familyId, now)));
    }

    /** RFC 7009 revocation: the token's whole family; unknown tokens are ignored. */
    @Transactional
    public void revoke(String presented) {
        tokens.findByHash(hash(presented)).ifPresent(token -> tokens.revokeFamily(token.familyId, Instant.now()));
    }

    /** Every refresh token of the user stops working (account disabled, password changed). */
    @Transactional
    public void revokeAllOf(String userId) {
        tokens.revokeAllOfUser(userId, Instant.now());
    }

    public Duration ttl() {
        return ttl;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        tokens.deleteExpiredBefore(Instant.now().minus(Duration.ofDays(1)));
    }

    /** The user and the refresh token that replaces the presented one. */
    public record Rotated(AppUser user, String refreshToken) {
    }

    private String create(String userId, String familyId, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.persist(new RefreshToken(UUID.randomUUID().toString(), hash(value), userId, familyId, now,
                now.plus(ttl)));
        return value;
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
