-- The registry: registrations of workers in hardship (附件2 plus what 附件3 needs), their family
-- members, reference numbers, duplicate flags, account security state and the audit log.
-- ID numbers, bank card numbers and hardship reasons are stored encrypted (AES-GCM, "v1:" prefix);
-- duplicates are found through a keyed hash of the ID number.

CREATE TABLE registration (
    id                                 BIGINT         NOT NULL AUTO_INCREMENT,
    reference                          VARCHAR(32)    NOT NULL,
    campaign_id                        BIGINT         NOT NULL,
    unit_code                          VARCHAR(16)    NOT NULL,
    stage                              VARCHAR(32)    NOT NULL,
    name                               VARCHAR(50)    NOT NULL,
    id_number                          VARCHAR(255)   NOT NULL,
    id_number_hash                     VARCHAR(64)    NOT NULL,
    -- the hash while the registration counts (not withdrawn); the unique key makes an ID number
    -- count once per campaign across all units
    active_id_number_hash              VARCHAR(64),
    unit_and_position                  VARCHAR(100)   NOT NULL,
    phone                              VARCHAR(32)    NOT NULL,
    household_size                     INT            NOT NULL,
    household_monthly_income           DECIMAL(12, 2) NOT NULL,
    address                            VARCHAR(200)   NOT NULL,
    bank_card_number                   VARCHAR(255)   NOT NULL,
    hardship_reason                    VARCHAR(1200)  NOT NULL,
    hardship_types                     VARCHAR(120)   NOT NULL,
    aid_category                       INT            NOT NULL,
    region                             VARCHAR(50)    NOT NULL,
    income_tax                         DECIMAL(12, 2) NOT NULL,
    social_security_contributions      DECIMAL(12, 2) NOT NULL,
    months_below_standard              INT            NOT NULL,
    necessary_expenses                 DECIMAL(12, 2) NOT NULL,
    sudden_hardship                    BOOLEAN        NOT NULL,
    minimum_living_allowance           BOOLEAN        NOT NULL,
    disabled                           BOOLEAN        NOT NULL,
    home_count                         INT            NOT NULL,
    housing_area                       DECIMAL(10, 2) NOT NULL,
    owns_shop_or_employs_others        BOOLEAN        NOT NULL,
    child_in_private_school_or_abroad  BOOLEAN        NOT NULL,
    uses_ships_or_machinery            BOOLEAN        NOT NULL,
    declared_truthfully                BOOLEAN        NOT NULL,
    return_reason                      VARCHAR(1000),
    correction_deadline                TIMESTAMP(6),
    created_at                         TIMESTAMP(6)   NOT NULL,
    created_by                         VARCHAR(64)    NOT NULL,
    updated_at                         TIMESTAMP(6)   NOT NULL,
    submitted_at                       TIMESTAMP(6),
    version                            BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_registration PRIMARY KEY (id),
    CONSTRAINT uq_registration_reference UNIQUE (reference),
    CONSTRAINT uq_registration_active_id UNIQUE (campaign_id, active_id_number_hash),
    CONSTRAINT fk_registration_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_registration_unit FOREIGN KEY (unit_code) REFERENCES unit (code)
);

CREATE INDEX ix_registration_unit_stage ON registration (campaign_id, unit_code, stage);
CREATE INDEX ix_registration_stage ON registration (campaign_id, stage);
CREATE INDEX ix_registration_name ON registration (campaign_id, name);

CREATE TABLE registration_family_member (
    registration_id          BIGINT       NOT NULL,
    member_index             INT          NOT NULL,
    name                     VARCHAR(50)  NOT NULL,
    age                      INT          NOT NULL,
    relation                 VARCHAR(20)  NOT NULL,
    work_unit_and_position   VARCHAR(100) NOT NULL,
    CONSTRAINT pk_registration_family_member PRIMARY KEY (registration_id, member_index),
    CONSTRAINT fk_family_member_registration FOREIGN KEY (registration_id) REFERENCES registration (id)
);

CREATE INDEX ix_family_member_name ON registration_family_member (name, age);

-- the next sequence number of references per campaign and unit (2027-U001-0007)
CREATE TABLE reference_counter (
    campaign_id  BIGINT      NOT NULL,
    unit_code    VARCHAR(16) NOT NULL,
    next_value   INT         NOT NULL,
    CONSTRAINT pk_reference_counter PRIMARY KEY (campaign_id, unit_code)
);

-- a registrant who may be a family member listed in another registration (or the other way round)
CREATE TABLE duplicate_flag (
    id                        BIGINT       NOT NULL AUTO_INCREMENT,
    registration_id           BIGINT       NOT NULL,
    other_registration_id     BIGINT       NOT NULL,
    kind                      VARCHAR(32)  NOT NULL,
    detail                    VARCHAR(200) NOT NULL,
    flagged_at                TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_duplicate_flag PRIMARY KEY (id),
    CONSTRAINT uq_duplicate_flag UNIQUE (registration_id, other_registration_id, kind),
    CONSTRAINT fk_duplicate_flag_registration FOREIGN KEY (registration_id) REFERENCES registration (id),
    CONSTRAINT fk_duplicate_flag_other FOREIGN KEY (other_registration_id) REFERENCES registration (id)
);

-- what the identity store cannot hold: whether the initial password still has to be changed
CREATE TABLE account_security (
    account_id                 VARCHAR(64)  NOT NULL,
    password_change_required   BOOLEAN      NOT NULL,
    initial_password_issued_at TIMESTAMP(6),
    password_changed_at        TIMESTAMP(6),
    version                    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_account_security PRIMARY KEY (account_id)
);

CREATE TABLE audit_event (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at     TIMESTAMP(6)  NOT NULL,
    actor           VARCHAR(64)   NOT NULL,
    actor_address   VARCHAR(64),
    action          VARCHAR(40)   NOT NULL,
    target_type     VARCHAR(40),
    target_id       VARCHAR(64),
    outcome         VARCHAR(16)   NOT NULL,
    details         VARCHAR(4000),
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);

CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_target ON audit_event (target_type, target_id);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);
