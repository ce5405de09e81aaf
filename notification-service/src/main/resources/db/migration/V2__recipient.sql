-- Who notifications go to: names, e-mail addresses and locales, kept from identity-events.
CREATE TABLE recipient (
    id           VARCHAR(100) NOT NULL PRIMARY KEY,
    username     VARCHAR(100) NULL,
    display_name VARCHAR(200) NULL,
    email        VARCHAR(320) NULL,
    locale       VARCHAR(20)  NULL,
    enabled      BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_at   DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
