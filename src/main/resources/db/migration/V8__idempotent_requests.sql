-- Replays of the JSON API: a client that sends an Idempotency-Key header with a write gets, for every
-- repetition of that key, the answer of the first execution, and the write happens once.
-- The unique key per account and key decides between concurrent repetitions.

CREATE TABLE idempotent_request (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    account_id    VARCHAR(64)   NOT NULL,
    idem_key      VARCHAR(100)  NOT NULL,
    operation     VARCHAR(100)  NOT NULL,
    request_hash  CHAR(64)      NOT NULL,
    status        INT,
    location      VARCHAR(200),
    response      MEDIUMTEXT,
    created_at    TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_idempotent_request PRIMARY KEY (id),
    CONSTRAINT uk_idempotent_request UNIQUE (account_id, idem_key)
);
