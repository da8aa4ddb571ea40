package org.warmaid.document;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One uploaded file of supporting material; the bytes live encrypted in the document store. */
@Entity
public class SupportingDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long registrationId;

    @Enumerated(EnumType.STRING)
    private DocumentType documentType;

    private String originalName;

    private String contentType;

    private long sizeBytes;

    private String sha256;

    private String storageKey;

    private String uploadedBy;

    private Instant uploadedAt;

    private boolean deleted;

    protected SupportingDocument() {
    }

    SupportingDocument(Long registrationId, DocumentType documentType, String originalName, String contentType,
            long sizeBytes, String sha256, String storageKey, String uploadedBy, Instant uploadedAt) {
        this.registrationId = registrationId;
        this.documentType = documentType;
        this.originalName = originalName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    void delete() {
        deleted = true;
    }

    public Long getId() {
        return id;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    String getStorageKey() {
        return storageKey;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public boolean isDeleted() {
        return deleted;
    }
}
