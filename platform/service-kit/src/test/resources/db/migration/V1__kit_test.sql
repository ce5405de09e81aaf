-- The test app's own state: one counter row the test effect increments (and the test locks).
CREATE TABLE kit_counter (
    id BIGINT NOT NULL PRIMARY KEY,
    n  INT    NOT NULL
) ENGINE = InnoDB;

INSERT INTO kit_counter (id, n) VALUES (1, 0);
