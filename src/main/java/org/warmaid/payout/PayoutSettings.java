package org.warmaid.payout;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code warmaid.payout.*}: the bank layouts and which one batches use. */
@ConfigurationProperties("warmaid.payout")
public record PayoutSettings(String defaultBank, Map<String, BankLayout> banks) {

    public BankLayout layout(String bank) {
        BankLayout layout = banks.get(bank);
        if (layout == null) {
            throw new IllegalStateException("no bank layout " + bank + " in warmaid.payout.banks");
        }
        return layout;
    }
}
