-- What the lifecycle KPIs need, all taken from the events' own timestamps so that a replay gives the same figures.
ALTER TABLE ticket_fact
    ADD COLUMN first_response_at   DATETIME(6) NULL,
    ADD COLUMN closed_at           DATETIME(6) NULL,
    ADD COLUMN satisfaction_rating INT         NULL,
    ADD COLUMN rated_at            DATETIME(6) NULL,
    ADD COLUMN response_breached   BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN resolution_breached BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD KEY ix_ticket_fact_first_response (first_response_at),
    ADD KEY ix_ticket_fact_closed (closed_at),
    ADD KEY ix_ticket_fact_rated (rated_at);

-- The technician of each ticket (latest assignment, or the assignee at closure), from assignment-events and
-- ticket-events; a table of its own because the two topics are not ordered with each other.
CREATE TABLE ticket_technician (
    ticket_id     CHAR(36)     NOT NULL PRIMARY KEY,
    technician_id VARCHAR(100) NOT NULL,
    assigned_at   DATETIME(6)  NOT NULL,
    KEY ix_ticket_technician (technician_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
