package dev.ticketing.gateway.token;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RefreshTokenRepository implements PanacheRepositoryBase<RefreshToken, String> {

    public Optional<RefreshToken> findByHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    /** Marks the token used if nobody did before: true for exactly one of concurrent callers. */
    public boolean markUsed(String id, Instant now) {
        return update("usedAt = ?1 where id = ?2 and usedAt is null and revokedAt is null", now, id) == 1;
    }

    public int revokeFamily(String familyId, Instant now) {
        return update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", now, familyId);
    }

    public int revokeAllOfUser(String userId, Instant now) {
        return update("revokedAt = ?1 where userId = ?2 and revokedAt is null", now, userId);
    }

    public long deleteExpiredBefore(Instant limit) {
        return delete("expiresAt < ?1", limit);
    }
}
