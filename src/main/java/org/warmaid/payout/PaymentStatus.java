package org.warmaid.payout;

import java.util.List;

/** Where one payment of aid stands. */
public enum PaymentStatus {
    WAITING("待编入批次"),
    IN_BATCH("已编入批次"),
    PAID("已发放"),
    FAILED("发放失败"),
    CANCELLED("已取消");

    private final String label;

    PaymentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Waiting or in a batch: not yet settled by the bank's answer. */
    public static final List<PaymentStatus> OPEN = List.of(WAITING, IN_BATCH);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
