package org.warmaid.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A figure of the check as people read it. A value with at most four decimals is shown as it is
 * (money with at least two: 620.00); a longer one is cut after the fourth decimal and marked with
 * "…" (1 859.99 ÷ 3 → 619.9966…). Cut, not rounded: the digits shown are the value's own, so a
 * figure just below a threshold never reads as the threshold itself (half-up rounding turned
 * 619.997 into 620.00 beside "below 620"). With whole fen and at most 20 people, a per-person
 * figure that is not exactly a threshold of whole fen differs from it within those four decimals.
 */
public final class Figures {

    private static final int SHOWN_DECIMALS = 4;

    private Figures() {
    }

    /** Yuan: 620.00元, 619.9966…元. */
    public static String yuan(BigDecimal amount) {
        return money(amount) + "元";
    }

    /** Money without the unit: at least two decimals. */
    public static String money(BigDecimal amount) {
        BigDecimal exact = amount.stripTrailingZeros();
        if (exact.scale() <= 2) {
            return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
        }
        return decimals(exact);
    }

    /** A measure such as m² per person: 30, 25.5, 25.0033…. */
    public static String plain(BigDecimal value) {
        BigDecimal exact = value.stripTrailingZeros();
        if (exact.scale() <= 0) {
            return exact.setScale(0, RoundingMode.UNNECESSARY).toPlainString();
        }
        return decimals(exact);
    }

    private static String decimals(BigDecimal exact) {
        if (exact.scale() <= SHOWN_DECIMALS) {
            return exact.toPlainString();
        }
        return exact.setScale(SHOWN_DECIMALS, RoundingMode.DOWN).toPlainString() + "…";
    }
}
