-- Read model of reporting-service: one row per ticket, kept from ticket-events, so that every KPI is a query and
-- replaying the topic gives the same figures.
CREATE TABLE ticket_fact (
    ticket_id    CHAR(36)     NOT NULL PRIMARY KEY,
    category     VARCHAR(40)  NOT NULL,
    priority     VARCHAR(10)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    requester_id VARCHAR(100) NULL,
    channel      VARCHAR(40)  NULL,
    created_at   DATETIME(6)  NOT NULL,
    -- When the ticket was last resolved (or closed without a resolution); cleared when it is reopened.
    resolved_at  DATETIME(6)  NULL,
    -- When the ticket left the backlog (resolved, closed or cancelled); cleared when it is reopened.
    ended_at     DATETIME(6)  NULL,
    reopen_count INT          NOT NULL DEFAULT 0,
    updated_at   DATETIME(6)  NOT NULL,
    KEY ix_ticket_fact_created (created_at),
    KEY ix_ticket_fact_resolved (resolved_at),
    KEY ix_ticket_fact_ended (ended_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
