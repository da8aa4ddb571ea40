package org.warmaid.review;

import java.math.BigDecimal;

/** An approval as its review step recorded it: the amount approved and who approved it. */
public record Approval(BigDecimal aidAmount, String actor) {
}
