-- Units (单位) and campaigns (送温暖活动). Portable between H2 and MariaDB.

CREATE TABLE unit (
    code        VARCHAR(16)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    union_head  VARCHAR(50)  NOT NULL,
    account_id  VARCHAR(64)  NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_unit PRIMARY KEY (code),
    CONSTRAINT uq_unit_account UNIQUE (account_id),
    CONSTRAINT uq_unit_name UNIQUE (name)
);

CREATE TABLE campaign (
    id                       BIGINT        NOT NULL AUTO_INCREMENT,
    name                     VARCHAR(100)  NOT NULL,
    campaign_year            INT           NOT NULL,
    region                   VARCHAR(50)   NOT NULL,
    status                   VARCHAR(16)   NOT NULL,
    -- 1 while the campaign is open for entry, NULL otherwise: the unique key allows one open campaign
    open_slot                INT,
    entry_deadline           TIMESTAMP(6)  NOT NULL,
    correction_window_hours  INT           NOT NULL DEFAULT 48,
    spot_check_share         DECIMAL(5, 4) NOT NULL DEFAULT 0.1000,
    materials_from           DATE,
    materials_until          DATE,
    materials_address        VARCHAR(200),
    created_at               TIMESTAMP(6)  NOT NULL,
    version                  BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_campaign PRIMARY KEY (id),
    CONSTRAINT uq_campaign_open_slot UNIQUE (open_slot)
);

CREATE INDEX ix_campaign_status ON campaign (status);
