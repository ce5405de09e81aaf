-- The full life cycle: pending with resume, solution and verification, satisfaction, SLA warnings, archiving,
-- comments, and idempotency keys for POST /tickets.
ALTER TABLE ticket
    ADD COLUMN pending_since        DATETIME(6)   NULL,
    ADD COLUMN pending_reason       VARCHAR(2000) NULL,
    ADD COLUMN resume_at            DATETIME(6)   NULL,
    ADD COLUMN response_warned      BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN resolution_warned    BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN solution_text        TEXT          NULL,
    ADD COLUMN solution_article_id  VARCHAR(36)   NULL,
    ADD COLUMN auto_close_at        DATETIME(6)   NULL,
    ADD COLUMN satisfaction_rating  TINYINT       NULL,
    ADD COLUMN satisfaction_comment VARCHAR(2000) NULL,
    ADD COLUMN rated_at             DATETIME(6)   NULL,
    ADD COLUMN archived_at          DATETIME(6)   NULL,
    ADD KEY ix_ticket_due_jobs (status, resume_at),
    ADD KEY ix_ticket_archive (archived, status, closed_at),
    ADD KEY ix_ticket_created (archived, created_at),
    ADD FULLTEXT KEY ft_ticket_text (title, description);

CREATE TABLE ticket_comment (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    ticket_id   CHAR(36)      NOT NULL,
    author_id   CHAR(36)      NOT NULL,
    author_name VARCHAR(200)  NOT NULL,
    body        TEXT          NOT NULL,
    visibility  VARCHAR(10)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    KEY ix_comment_ticket (ticket_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE idempotency_key (
    caller_id    CHAR(36)     NOT NULL,
    idem_key     VARCHAR(100) NOT NULL,
    request_hash CHAR(64)     NOT NULL,
    ticket_id    CHAR(36)     NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (caller_id, idem_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

