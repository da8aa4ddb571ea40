package org.warmaid.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(5, 20, 15, Duration.ofMinutes(15));

    @Test
    void refusesOneAddressForOneAccountAfterFiveFailuresButNotOtherAddresses() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("u001", "10.0.0.1")).isEqualTo(LoginThrottle.Verdict.ALLOWED);
        }
        assertThat(throttle.failed("u001", "10.0.0.1")).isEqualTo(LoginThrottle.Verdict.ADDRESS_BLOCKED_FOR_ACCOUNT);
        assertThat(throttle.check("u001", "10.0.0.2")).as("the unit at its own address gets in").isEqualTo(LoginThrottle.Verdict.ALLOWED);
        assertThat(throttle.check("u002", "10.0.0.1")).isEqualTo(LoginThrottle.Verdict.ALLOWED);
    }

    @Test
    void refusesAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("u" + (100 + i), "10.0.0.9");
        }
        assertThat(throttle.check("u999", "10.0.0.9")).isEqualTo(LoginThrottle.Verdict.ADDRESS_BLOCKED);
        assertThat(throttle.check("u999", "10.0.0.8")).isEqualTo(LoginThrottle.Verdict.ALLOWED);
    }

    @Test
    void locksAnAccountOnlyWhenSeveralAddressesFailForItAndAnAdministratorUnlocks() {
        for (int address = 1; address <= 3; address++) {
            for (int i = 0; i < 5; i++) {
                throttle.failed("u001", "10.0.1." + address);
            }
        }
        assertThat(throttle.isLocked("u001")).isTrue();
        assertThat(throttle.check("u001", "10.0.2.1")).isEqualTo(LoginThrottle.Verdict.ACCOUNT_LOCKED);
        throttle.unlock("u001");
        assertThat(throttle.check("u001", "10.0.1.1")).isEqualTo(LoginThrottle.Verdict.ALLOWED);
        assertThat(throttle.isLocked("u001")).isFalse();
    }

    @Test
    void aSuccessForgetsTheFailuresOfThatAddress() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("u001", "10.0.0.1");
        }
        throttle.succeeded("u001", "10.0.0.1");
        assertThat(throttle.failed("u001", "10.0.0.1")).isEqualTo(LoginThrottle.Verdict.ALLOWED);
    }
}
