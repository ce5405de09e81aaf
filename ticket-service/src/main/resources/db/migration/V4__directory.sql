-- The users the suite knows, kept from identity-events: requesters must exist and be enabled, and their names come
-- from here, never from the request.
CREATE TABLE directory_user (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    username     VARCHAR(100)  NOT NULL,
    display_name VARCHAR(200)  NOT NULL,
    enabled      BOOLEAN       NOT NULL,
    changed_at   DATETIME(6)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
