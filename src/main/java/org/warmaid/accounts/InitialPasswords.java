package org.warmaid.accounts;

import java.security.SecureRandom;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The initial password a unit account gets. "notice": the notice's 0 (campaigns run exactly as the
 * notice says; the demo uses it). "random" (production default): a one-time password per unit,
 * shown once to the administrator for the printed account sheet. Either way it must be changed at
 * the first login and expires if not used in time.
 */
@Component
public class InitialPasswords {

    static final String NOTICE_PASSWORD = "0";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final String mode;
    private final Duration validity;
    private final SecureRandom random = new SecureRandom();

    InitialPasswords(@Value("${warmaid.accounts.initial-password:random}") String mode,
            @Value("${warmaid.accounts.initial-password-validity:14d}") Duration validity) {
        if (!mode.equals("notice") && !mode.equals("random")) {
            throw new IllegalStateException("warmaid.accounts.initial-password must be 'notice' or 'random', not " + mode);
        }
        this.mode = mode;
        this.validity = validity;
    }

    public String issue() {
        if (mode.equals("notice")) {
            return NOTICE_PASSWORD;
        }
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    public Duration validity() {
        return validity;
    }
}
