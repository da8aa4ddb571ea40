package org.warmaid.review;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** The verdict on one required document in the supporting-document check. */
@Entity
@Immutable
public class DocumentCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String document;

    private boolean passed;

    protected DocumentCheck() {
    }

    DocumentCheck(String document, boolean passed) {
        this.document = document;
        this.passed = passed;
    }

    public String getDocument() {
        return document;
    }

    public boolean isPassed() {
        return passed;
    }
}
