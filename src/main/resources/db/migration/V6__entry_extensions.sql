-- Entry reopened for one unit after the campaign's deadline, with the administrator's reason.

CREATE TABLE unit_entry_extension (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id  BIGINT        NOT NULL,
    unit_code    VARCHAR(16)   NOT NULL,
    until        TIMESTAMP(6)  NOT NULL,
    reason       VARCHAR(500)  NOT NULL,
    granted_by   VARCHAR(64)   NOT NULL,
    granted_at   TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_unit_entry_extension PRIMARY KEY (id),
    CONSTRAINT fk_extension_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_extension_unit FOREIGN KEY (unit_code) REFERENCES unit (code)
);

CREATE INDEX ix_extension_campaign_unit ON unit_entry_extension (campaign_id, unit_code);
