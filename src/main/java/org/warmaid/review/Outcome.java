package org.warmaid.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * How a registration fared, as its unit sees it: the amount approved by the provincial union, the day
 * it was paid, or the reason it is not aided; and every step of its review with the decision and the
 * comment (nothing of who decided).
 */
public record Outcome(BigDecimal approvedAmount, Instant paidAt, BigDecimal paidAmount, String notAidedReason,
        List<Step> steps) {

    /** One step of the review: when, which step, what was decided, the comment and an amount if any. */
    public record Step(Instant at, String step, String decision, String comment, BigDecimal amount) {
    }

    public boolean isPaid() {
        return paidAt != null;
    }

    public boolean isNotAided() {
        return notAidedReason != null;
    }
}
