-- In-app notifications: one row per notification and recipient.
CREATE TABLE notification (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    recipient_id VARCHAR(100) NOT NULL,
    type         VARCHAR(40)  NOT NULL,
    title        VARCHAR(300) NOT NULL,
    ticket_id    CHAR(36)     NULL,
    -- The event that raised it, for tracing; the idempotent consumer already prevents duplicates.
    event_id     CHAR(36)     NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    read_at      DATETIME(6)  NULL,
    KEY ix_notification_recipient (recipient_id, created_at),
    KEY ix_notification_unread (recipient_id, read_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
