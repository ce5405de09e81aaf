-- Refresh tokens: opaque, stored as SHA-256 hashes, rotated on every use. All tokens descending from one login
-- share a family; presenting an already used token revokes the whole family (stolen token detection).
CREATE TABLE refresh_token (
    id          CHAR(36)    NOT NULL PRIMARY KEY,
    token_hash  CHAR(64)    NOT NULL,
    user_id     CHAR(36)    NOT NULL,
    family_id   CHAR(36)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    revoked_at  DATETIME(6) NULL,
    UNIQUE KEY uk_refresh_token_hash (token_hash),
    KEY ix_refresh_token_family (family_id),
    KEY ix_refresh_token_expiry (expires_at),
    CONSTRAINT fk_refresh_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
