-- Decision versions deployed on the rules workbench (规则管理): who, when, why, from which version,
-- and what changed. The engine keeps the versions themselves (ACT_RE_DECISION_DEF); this is what the
-- engine does not record. One row per version deployed there; a version from the repository's dmn/
-- files has none.

CREATE TABLE decision_deployment (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    decision_key     VARCHAR(100)   NOT NULL,
    version          INT            NOT NULL,
    definition_id    VARCHAR(64)    NOT NULL,
    kind             VARCHAR(16)    NOT NULL,
    based_on_version INT,
    actor            VARCHAR(64)    NOT NULL,
    deployed_at      TIMESTAMP(6)   NOT NULL,
    reason           VARCHAR(1000)  NOT NULL,
    changes          MEDIUMTEXT,
    CONSTRAINT pk_decision_deployment PRIMARY KEY (id),
    CONSTRAINT uk_decision_deployment UNIQUE (decision_key, version)
);
