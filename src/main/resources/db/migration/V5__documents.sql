-- Supporting documents uploaded per registration and document type, stored encrypted on disk
-- under random names outside any served folder.

CREATE TABLE supporting_document (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    registration_id  BIGINT        NOT NULL,
    document_type    VARCHAR(40)   NOT NULL,
    original_name    VARCHAR(200)  NOT NULL,
    content_type     VARCHAR(40)   NOT NULL,
    size_bytes       BIGINT        NOT NULL,
    sha256           VARCHAR(64)   NOT NULL,
    storage_key      VARCHAR(64)   NOT NULL,
    uploaded_by      VARCHAR(64)   NOT NULL,
    uploaded_at      TIMESTAMP(6)  NOT NULL,
    deleted          BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_supporting_document PRIMARY KEY (id),
    CONSTRAINT uq_supporting_document_key UNIQUE (storage_key),
    CONSTRAINT fk_supporting_document_registration FOREIGN KEY (registration_id) REFERENCES registration (id)
);

CREATE INDEX ix_supporting_document_registration ON supporting_document (registration_id, deleted);
