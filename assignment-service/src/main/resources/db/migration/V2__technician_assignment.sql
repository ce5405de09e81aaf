-- Technicians, kept from identity-events (id, name, e-mail, team, enabled) plus the fields this service owns
-- (skills, level, capacity, available). A user who loses the technician role keeps the row, with technician = 0,
-- so that the owned fields survive if the role comes back.
CREATE TABLE technician (
    id         VARCHAR(100) NOT NULL PRIMARY KEY,
    username   VARCHAR(100) NULL,
    name       VARCHAR(200) NOT NULL,
    email      VARCHAR(320) NULL,
    team       VARCHAR(100) NULL,
    -- Categories, comma-separated and framed by commas (",BUG,INCIDENT,") so that one skill is a LIKE away.
    skills     VARCHAR(400) NOT NULL DEFAULT ',',
    level      INT          NOT NULL DEFAULT 1,
    capacity   INT          NOT NULL DEFAULT 5,
    available  BOOLEAN      NOT NULL DEFAULT TRUE,
    enabled    BOOLEAN      NOT NULL DEFAULT TRUE,
    technician BOOLEAN      NOT NULL DEFAULT TRUE,
    version    BIGINT       NOT NULL DEFAULT 0,
    updated_at DATETIME(6)  NOT NULL,
    KEY ix_technician_name (technician, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Every assignment ever made, newest last; the open-ticket projection holds the current assignee.
CREATE TABLE assignment (
    id              CHAR(36)     NOT NULL PRIMARY KEY,
    ticket_id       CHAR(36)     NOT NULL,
    technician_id   VARCHAR(100) NOT NULL,
    technician_name VARCHAR(200) NOT NULL,
    assigned_by     VARCHAR(100) NOT NULL,
    mode            VARCHAR(20)  NOT NULL,
    assigned_at     DATETIME(6)  NOT NULL,
    KEY ix_assignment_ticket (ticket_id, assigned_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Tickets that left the open-ticket projection (closed or cancelled), so that assigning one answers 409, not 404.
CREATE TABLE closed_ticket (
    ticket_id CHAR(36)    NOT NULL PRIMARY KEY,
    status    VARCHAR(20) NOT NULL,
    closed_at DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_open_ticket_assignee ON open_ticket (assignee_id);
