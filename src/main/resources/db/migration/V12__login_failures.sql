-- The login throttle's counts of failed logins, shared by every node: per account and address, per
-- address, per account. A counter's window starts at its first failure; an expired row counts as
-- zero and is removed later (window_ends: milliseconds since the epoch, as the nodes' clocks
-- count them). Accounts and addresses are typed by whoever tries to log in (a name of
-- 10 000 characters included), so each counter is keyed by the SHA-256 of what it counts.
CREATE TABLE login_failure (
    counter_key  CHAR(64) NOT NULL,
    account_key  CHAR(64),
    failures     INT      NOT NULL,
    window_ends  BIGINT   NOT NULL,
    CONSTRAINT pk_login_failure PRIMARY KEY (counter_key)
);

CREATE INDEX ix_login_failure_account ON login_failure (account_key);
CREATE INDEX ix_login_failure_window ON login_failure (window_ends);
