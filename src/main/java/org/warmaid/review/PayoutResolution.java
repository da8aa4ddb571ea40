package org.warmaid.review;

import java.util.Optional;

/** How finance resolves a failed payment (the values of its form's choices). */
public enum PayoutResolution {
    RETRY("下一批次重新发放"),
    CANCEL("取消发放");

    private final String label;

    PayoutResolution(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<PayoutResolution> parse(Object value) {
        return Choices.parse(PayoutResolution.class, value);
    }
}
