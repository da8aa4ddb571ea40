package org.warmaid.review;

import java.util.Optional;

/** What a reviewer decides (the values of partyDecision and provincialDecision). */
public enum ReviewDecision {
    APPROVE("通过"),
    RETURN("退回修改"),
    REJECT("不予通过");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ReviewDecision> parse(Object value) {
        return Choices.parse(ReviewDecision.class, value);
    }
}
