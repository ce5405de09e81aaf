-- Projection of the tickets that still need work, kept from ticket-events; closed and cancelled tickets leave it.
CREATE TABLE open_ticket (
    ticket_id    CHAR(36)     NOT NULL PRIMARY KEY,
    title        VARCHAR(300) NOT NULL,
    category     VARCHAR(40)  NOT NULL,
    priority     VARCHAR(10)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    requester_id VARCHAR(100) NULL,
    assignee_id  VARCHAR(100) NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    KEY ix_open_ticket_queue (priority, created_at),
    KEY ix_open_ticket_requester (requester_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
