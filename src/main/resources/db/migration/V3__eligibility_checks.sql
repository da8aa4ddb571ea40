-- Every official eligibility check of a registration, with the figures it used, the outcome, the
-- Chinese explanation and the decision versions (so a later rule change never rewrites history).

CREATE TABLE eligibility_check (
    id                       BIGINT         NOT NULL AUTO_INCREMENT,
    registration_id          BIGINT         NOT NULL,
    checked_at               TIMESTAMP(6)   NOT NULL,
    region                   VARCHAR(50)    NOT NULL,
    minimum_standard         DECIMAL(12, 2) NOT NULL,
    disposable_income        DECIMAL(12, 2) NOT NULL,
    per_capita_income        DECIMAL(12, 2) NOT NULL,
    per_capita_living_level  DECIMAL(12, 2) NOT NULL,
    months_below_standard    INT            NOT NULL,
    special_hardship         BOOLEAN        NOT NULL,
    sudden_hardship          BOOLEAN        NOT NULL,
    clause_met               BOOLEAN        NOT NULL,
    clause                   VARCHAR(40)    NOT NULL,
    exclusions               VARCHAR(300)   NOT NULL,
    required_documents       VARCHAR(300)   NOT NULL,
    suggested_aid_amount     DECIMAL(10, 2),
    eligible                 BOOLEAN        NOT NULL,
    explanation              VARCHAR(4000)  NOT NULL,
    decisions                VARCHAR(1000)  NOT NULL,
    CONSTRAINT pk_eligibility_check PRIMARY KEY (id),
    CONSTRAINT fk_eligibility_check_registration FOREIGN KEY (registration_id) REFERENCES registration (id)
);

CREATE INDEX ix_eligibility_check_registration ON eligibility_check (registration_id, id);
