package org.warmaid.audit;

import java.util.Arrays;

/** How an audited action ended, with the word auditors read. */
public enum AuditOutcome {

    SUCCESS("成功"),
    REFUSED("被拒绝"),
    FAILURE("失败");

    private final String label;

    AuditOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static String labelOf(String code) {
        return Arrays.stream(values()).filter(outcome -> outcome.name().equals(code)).findFirst()
                .map(AuditOutcome::label).orElse(code);
    }
}
