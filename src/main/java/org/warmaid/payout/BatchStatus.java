package org.warmaid.payout;

/** A payout batch: built, its bank file handed to the bank, every payment settled. */
public enum BatchStatus {
    CREATED("已生成"),
    SENT("已发送银行"),
    SETTLED("已办结");

    private final String label;

    BatchStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
