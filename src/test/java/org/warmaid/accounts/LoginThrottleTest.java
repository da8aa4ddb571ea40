package org.warmaid.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.warmaid.support.TestClock;

/**
 * The throttle's rules on the database the application migrates (H2 here, MariaDB in the integration
 * and two-node tests). Two throttles on one database stand for two nodes.
 */
class LoginThrottleTest {

    private final JdbcDataSource database = migratedDatabase();
    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = throttle(15);

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
        java.time.Instant firstFailure = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        for (int address = 1; address <= 3; address++) {
            for (int i = 0; i < 5; i++) {
                throttle.failed("u001", "10.0.1." + address);
            }
        }
        assertThat(throttle.isLocked("u001")).isTrue();
        assertThat(throttle.lockedUntil("u001")).as("15 minutes after the first failure").hasValueSatisfying(until ->
                assertThat(until).isBetween(firstFailure.plus(Duration.ofMinutes(15)), clock.instant().plus(Duration.ofMinutes(15))));
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

    @Test
    void theWindowStartsAtTheFirstFailureAndAFreshWindowCountsFromOne() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("u001", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.failed("u001", "10.0.0.1")).isEqualTo(LoginThrottle.Verdict.ADDRESS_BLOCKED_FOR_ACCOUNT);
        clock.advance(Duration.ofMinutes(5).plusMillis(1));
        assertThat(throttle.check("u001", "10.0.0.1")).as("15 minutes after the first failure").isEqualTo(LoginThrottle.Verdict.ALLOWED);
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("u001", "10.0.0.1")).isEqualTo(LoginThrottle.Verdict.ALLOWED);
        }
        assertThat(throttle.failed("u001", "10.0.0.1")).isEqualTo(LoginThrottle.Verdict.ADDRESS_BLOCKED_FOR_ACCOUNT);
    }

    @Test
    void twoNodesCountTheSameFailuresAndAnUnlockOnOneHoldsOnTheOther() {
        LoginThrottle nodeB = throttle(15);
        for (int address = 1; address <= 14; address++) {
            (address % 2 == 0 ? throttle : nodeB).failed("u001", "10.0.3." + address);
        }
        assertThat(throttle.check("u001", "10.0.4.1")).as("14 failures over both nodes").isEqualTo(LoginThrottle.Verdict.ALLOWED);
        assertThat(nodeB.failed("u001", "10.0.3.15")).as("the 15th, on node B").isEqualTo(LoginThrottle.Verdict.ACCOUNT_LOCKED);
        assertThat(throttle.check("u001", "10.0.4.1")).as("locked on node A too").isEqualTo(LoginThrottle.Verdict.ACCOUNT_LOCKED);
        throttle.unlock("u001");
        assertThat(nodeB.check("u001", "10.0.3.15")).as("unlocked on node A, let in on node B").isEqualTo(LoginThrottle.Verdict.ALLOWED);
        assertThat(nodeB.isLocked("u001")).isFalse();
    }

    @Test
    void concurrentFailuresOnTwoNodesAreEachCountedOnce() throws Exception {
        LoginThrottle nodeA = throttle(40);
        LoginThrottle nodeB = throttle(40);
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int thread = 0; thread < 6; thread++) {
                LoginThrottle node = thread % 2 == 0 ? nodeA : nodeB;
                int first = thread * 13;
                running.add(threads.submit(() -> {
                    for (int i = 0; i < 13 && first + i < 39; i++) {
                        node.failed("u001", "10.0.5." + (first + i));
                    }
                    return null;
                }));
            }
            for (Future<?> done : running) {
                done.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(nodeA.isLocked("u001")).as("39 failures, limit 40").isFalse();
        assertThat(nodeB.failed("u001", "10.0.5.39")).isEqualTo(LoginThrottle.Verdict.ACCOUNT_LOCKED);
    }

    @Test
    void hostileAccountNamesAndMissingAddressesAreCountedLikeAnyOther() {
        String longName = "x".repeat(10_000);
        for (int i = 0; i < 5; i++) {
            throttle.failed(longName, null);
            throttle.failed(null, "10.0.6.1");
        }
        assertThat(throttle.check(longName, null)).isEqualTo(LoginThrottle.Verdict.ADDRESS_BLOCKED_FOR_ACCOUNT);
        assertThat(throttle.check(null, "10.0.6.1")).isEqualTo(LoginThrottle.Verdict.ADDRESS_BLOCKED_FOR_ACCOUNT);
        assertThat(throttle.check("x".repeat(9_999), null)).isEqualTo(LoginThrottle.Verdict.ALLOWED);
    }

    private LoginThrottle throttle(int perAccount) {
        return new LoginThrottle(new JdbcTemplate(database), new DataSourceTransactionManager(database), clock,
                5, 20, perAccount, Duration.ofMinutes(15));
    }

    private static JdbcDataSource migratedDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:throttle-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
        return dataSource;
    }
}
