-- Tables of the service kit, present in every service's own database.
-- A repeatable migration written to be idempotent, so that it can evolve beside each service's versioned ones.

-- Transactional outbox: rows written in the business transaction, published to Kafka by OutboxRelay.
CREATE TABLE IF NOT EXISTS outbox_event (
    seq          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id     CHAR(36)     NOT NULL,
    topic        VARCHAR(100) NOT NULL,
    record_key   VARCHAR(100) NOT NULL,
    event_type   VARCHAR(120) NOT NULL,
    payload      MEDIUMTEXT   NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    published_at DATETIME(6)  NULL,
    attempts     INT          NOT NULL DEFAULT 0,
    UNIQUE KEY uk_outbox_event_id (event_id),
    KEY ix_outbox_pending (published_at, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Idempotent consumer: one row per (consumer, event) applied, written in the same transaction as the effect.
CREATE TABLE IF NOT EXISTS processed_event (
    consumer     VARCHAR(100) NOT NULL,
    event_id     CHAR(36)     NOT NULL,
    event_type   VARCHAR(120) NOT NULL,
    processed_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (consumer, event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Named row locks for work that one replica at a time must do (outbox relay, scheduled jobs).
CREATE TABLE IF NOT EXISTS platform_lock (
    name VARCHAR(100) NOT NULL PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT IGNORE INTO platform_lock (name) VALUES ('outbox-relay');

-- Dead letters: records a consumer could never apply (unparseable, or its effect threw PoisonEventException).
-- Kept for the admin list and replay (GET/POST /api/v1/dead-letters/{service}); transient failures never land here.
CREATE TABLE IF NOT EXISTS dead_letter (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consumer         VARCHAR(100)  NOT NULL,
    topic            VARCHAR(200)  NULL,
    kafka_partition  INT           NULL,
    kafka_offset     BIGINT        NULL,
    record_key       VARCHAR(200)  NULL,
    event_id         VARCHAR(36)   NULL,
    event_type       VARCHAR(120)  NULL,
    payload          MEDIUMTEXT    NOT NULL,
    error            VARCHAR(2000) NOT NULL,
    dead_lettered_at DATETIME(6)   NOT NULL,
    replayed_at      DATETIME(6)   NULL,
    KEY ix_dead_letter_consumer (consumer, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
