-- Review history (who decided what, when, with which comment) and payments of the aid.

CREATE TABLE review_step (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    registration_id  BIGINT         NOT NULL,
    task_key         VARCHAR(64)    NOT NULL,
    task_name        VARCHAR(64)    NOT NULL,
    decision         VARCHAR(32)    NOT NULL,
    decision_label   VARCHAR(64)    NOT NULL,
    comment          VARCHAR(2000),
    aid_amount       DECIMAL(10, 2),
    actor            VARCHAR(64)    NOT NULL,
    occurred_at      TIMESTAMP(6)   NOT NULL,
    visible_to_unit  BOOLEAN        NOT NULL,
    CONSTRAINT pk_review_step PRIMARY KEY (id),
    CONSTRAINT fk_review_step_registration FOREIGN KEY (registration_id) REFERENCES registration (id)
);

CREATE INDEX ix_review_step_registration ON review_step (registration_id, id);

CREATE TABLE document_check (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    review_step_id   BIGINT        NOT NULL,
    document         VARCHAR(40)   NOT NULL,
    passed           BOOLEAN       NOT NULL,
    CONSTRAINT pk_document_check PRIMARY KEY (id),
    CONSTRAINT fk_document_check_step FOREIGN KEY (review_step_id) REFERENCES review_step (id)
);

CREATE TABLE payout_batch (
    id                  BIGINT         NOT NULL AUTO_INCREMENT,
    reference           VARCHAR(32)    NOT NULL,
    campaign_id         BIGINT         NOT NULL,
    status              VARCHAR(16)    NOT NULL,
    bank_layout         VARCHAR(32)    NOT NULL,
    payment_count       INT            NOT NULL,
    total_amount        DECIMAL(14, 2) NOT NULL,
    created_by          VARCHAR(64)    NOT NULL,
    created_at          TIMESTAMP(6)   NOT NULL,
    result_file_hash    VARCHAR(64),
    result_imported_at  TIMESTAMP(6),
    version             BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_payout_batch PRIMARY KEY (id),
    CONSTRAINT uq_payout_batch_reference UNIQUE (reference),
    CONSTRAINT fk_payout_batch_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);

CREATE TABLE payment (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    registration_id   BIGINT         NOT NULL,
    campaign_id       BIGINT         NOT NULL,
    amount            DECIMAL(10, 2) NOT NULL,
    status            VARCHAR(16)    NOT NULL,
    batch_id          BIGINT,
    -- 1 while the payment is not finished (waiting, in a batch); the unique key allows one per registration
    open_slot         INT,
    -- 1 once paid; the unique key allows one paid payment per registration, ever
    paid_slot         INT,
    failure_reason    VARCHAR(500),
    approved_by       VARCHAR(64),
    settled_by        VARCHAR(64),
    settled_at        TIMESTAMP(6),
    created_at        TIMESTAMP(6)   NOT NULL,
    version           BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_payment PRIMARY KEY (id),
    CONSTRAINT uq_payment_open UNIQUE (registration_id, open_slot),
    CONSTRAINT uq_payment_paid UNIQUE (registration_id, paid_slot),
    CONSTRAINT fk_payment_registration FOREIGN KEY (registration_id) REFERENCES registration (id),
    CONSTRAINT fk_payment_batch FOREIGN KEY (batch_id) REFERENCES payout_batch (id)
);

CREATE INDEX ix_payment_status ON payment (campaign_id, status);
CREATE INDEX ix_payment_batch ON payment (batch_id);
