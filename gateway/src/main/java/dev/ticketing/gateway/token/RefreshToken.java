package dev.ticketing.gateway.token;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One refresh token, by its SHA-256 hash; the token itself is never stored. */
@Entity
@Table(name = "refresh_token")
public class RefreshToken {

    @Id
    @Column(length = 36)
    String id;
    @Column(name = "token_hash")
    String tokenHash;
    @Column(name = "user_id")
    String userId;
    @Column(name = "family_id")
    String familyId;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "expires_at")
    Instant expiresAt;
    @Column(name = "used_at")
    Instant usedAt;
    @Column(name = "revoked_at")
    Instant revokedAt;

    protected RefreshToken() {
    }

    RefreshToken(String id, String tokenHash, String userId, String familyId, Instant createdAt, Instant expiresAt) {
        this.id = id;
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.familyId = familyId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }
}
