-- Lock-out after repeated failed logins (counters never change the entity version, so ETags stay stable).
ALTER TABLE app_user
    ADD COLUMN failed_logins INT         NOT NULL DEFAULT 0,
    ADD COLUMN locked_until  DATETIME(6) NULL;

CREATE INDEX ix_app_user_created ON app_user (created_at);

-- Machine clients (OAuth2 client_credentials). The secret is 256 random bits, stored as its SHA-256 hash only:
-- it is shown once, in the answer that creates (or rotates) it, and can never be read again.
CREATE TABLE service_client (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    -- Comma-separated roles; tokens always carry "service" as well.
    roles       VARCHAR(200) NOT NULL,
    secret_hash CHAR(64)     NOT NULL,
    enabled     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_service_client_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
