package org.warmaid.review;

import java.util.Optional;

/** What the document check finds of one required document (the values of its form's choices). */
public enum DocumentVerdict {
    PASS("合格"),
    FAIL("不合格或缺少");

    private final String label;

    DocumentVerdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<DocumentVerdict> parse(Object value) {
        return Choices.parse(DocumentVerdict.class, value);
    }
}
