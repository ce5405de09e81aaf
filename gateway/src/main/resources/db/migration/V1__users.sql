-- Users of the suite: people who log in with a password (bcrypt) and receive access tokens from the gateway.
CREATE TABLE app_user (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(254) NULL,
    locale        VARCHAR(20)  NOT NULL DEFAULT 'fr-FR',
    team          VARCHAR(100) NULL,
    -- Comma-separated roles: requester, technician, supervisor, admin.
    roles         VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    -- bcrypt ($2a$/$2b$…); NULL: the account cannot log in with a password.
    password_hash VARCHAR(100) NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_app_user_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
