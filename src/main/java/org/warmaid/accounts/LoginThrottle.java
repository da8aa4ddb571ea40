package org.warmaid.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing on every login path (portal, JSON API, Tasklist/Cockpit/Admin, engine
 * REST) without handing an attacker the power to lock every unit out before the deadline. Within a
 * window (15 min by default, from a counter's first failure):
 * - one address may fail 5 times for one account: then that address is refused for that account;
 * - one address may fail 20 times in all: then that address is refused;
 * - an account may fail 15 times from all addresses together: then it is locked until the window
 *   ends or an administrator unlocks it (an attacker needs several addresses to get there, and the
 *   unit can still be let in the same minute).
 * The counts are kept in the database (table {@code login_failure}), so that every node of a cluster
 * counts the same failures and an administrator's unlock holds on every node: an attacker gets the
 * limits once, not once per node. A check is one read by primary key; only failures write.
 */
@Component
public class LoginThrottle {

    private static final int ATTEMPTS_ON_DEADLOCK = 3;
    private static final long CLEANUP_INTERVAL_MILLIS = Duration.ofMinutes(1).toMillis();

    private final int perAccountAndAddress;
    private final int perAddress;
    private final int perAccount;
    private final Duration window;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate reads;
    private final TransactionTemplate ownWrites;
    private final Clock clock;
    private final AtomicLong nextCleanup = new AtomicLong();

    LoginThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
            @Value("${warmaid.login.max-failures-per-account-and-address:5}") int perAccountAndAddress,
            @Value("${warmaid.login.max-failures-per-address:20}") int perAddress,
            @Value("${warmaid.login.max-failures-per-account:15}") int perAccount,
            @Value("${warmaid.login.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perAccountAndAddress = perAccountAndAddress;
        this.perAddress = perAddress;
        this.perAccount = perAccount;
        this.window = window;
        this.reads = new TransactionTemplate(transactions);
        // a failure is counted even when the caller's own transaction rolls back
        this.ownWrites = new TransactionTemplate(transactions);
        this.ownWrites.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public enum Verdict {
        ALLOWED, ADDRESS_BLOCKED_FOR_ACCOUNT, ADDRESS_BLOCKED, ACCOUNT_LOCKED;

        public String message() {
            return switch (this) {
                case ALLOWED -> "";
                case ACCOUNT_LOCKED -> "该账号登录失败次数过多，已临时锁定，请稍后再试或联系省直机关工会工委解锁";
                default -> "登录失败次数过多，请15分钟后再试";
            };
        }
    }

    public Verdict check(String account, String address) {
        Counters counters = new Counters(account, address);
        return reads.execute(status -> verdict(counters, clock.millis()));
    }

    /** Counts a failed attempt; returns the verdict the next attempt will get. */
    public Verdict failed(String account, String address) {
        Counters counters = new Counters(account, address);
        long now = clock.millis();
        Verdict next = null;
        for (int attempt = 1; next == null; attempt++) {
            try {
                next = ownWrites.execute(status -> {
                    // always in this order, so that concurrent failures lock the rows in the same order
                    increment(counters.pair(), counters.account(), now);
                    increment(counters.address(), null, now);
                    increment(counters.account(), counters.account(), now);
                    return verdict(counters, now);
                });
            } catch (PessimisticLockingFailureException deadlock) {
                // rolled back whole, so nothing was counted twice: count this failure again
                if (attempt == ATTEMPTS_ON_DEADLOCK) {
                    throw deadlock;
                }
            }
        }
        removeExpired(now);
        return next;
    }

    public void succeeded(String account, String address) {
        String pair = new Counters(account, address).pair();
        ownWrites.executeWithoutResult(status -> jdbc.update("DELETE FROM login_failure WHERE counter_key = ?", pair));
    }

    public boolean isLocked(String account) {
        return lockedUntil(account).isPresent();
    }

    /** Until when the account is locked by failed logins, if it is. */
    public Optional<Instant> lockedUntil(String account) {
        String key = Counters.accountKey(account);
        long now = clock.millis();
        List<Long> until = reads.execute(status -> jdbc.queryForList(
                "SELECT window_ends FROM login_failure WHERE counter_key = ? AND window_ends > ? AND failures >= ?",
                Long.class, key, now, perAccount));
        return until.stream().findFirst().map(Instant::ofEpochMilli);
    }

    /** An administrator lets the account in again, from every address, on every node. */
    public void unlock(String account) {
        String key = Counters.accountKey(account);
        reads.executeWithoutResult(status -> jdbc.update("DELETE FROM login_failure WHERE account_key = ?", key));
    }

    private Verdict verdict(Counters counters, long now) {
        int pair = 0;
        int address = 0;
        int account = 0;
        for (var row : jdbc.queryForList("SELECT counter_key, failures FROM login_failure "
                + "WHERE counter_key IN (?, ?, ?) AND window_ends > ?",
                counters.pair(), counters.address(), counters.account(), now)) {
            String key = (String) row.get("counter_key");
            int failures = ((Number) row.get("failures")).intValue();
            if (key.equals(counters.pair())) {
                pair = failures;
            } else if (key.equals(counters.address())) {
                address = failures;
            } else {
                account = failures;
            }
        }
        if (account >= perAccount) {
            return Verdict.ACCOUNT_LOCKED;
        }
        if (address >= perAddress) {
            return Verdict.ADDRESS_BLOCKED;
        }
        if (pair >= perAccountAndAddress) {
            return Verdict.ADDRESS_BLOCKED_FOR_ACCOUNT;
        }
        return Verdict.ALLOWED;
    }

    /** One more failure in the counter's window, or the first of a new window once the last one ended. */
    private void increment(String key, String accountKey, long now) {
        if (incremented(key, now)) {
            return;
        }
        try {
            jdbc.update("INSERT INTO login_failure (counter_key, account_key, failures, window_ends) VALUES (?, ?, 1, ?)",
                    key, accountKey, now + window.toMillis());
        } catch (DuplicateKeyException countedConcurrently) {
            // another node or thread created the counter in the meantime: count on it
            incremented(key, now);
        }
    }

    private boolean incremented(String key, long now) {
        return jdbc.update("UPDATE login_failure SET "
                + "failures = CASE WHEN window_ends > ? THEN failures + 1 ELSE 1 END, "
                + "window_ends = CASE WHEN window_ends > ? THEN window_ends ELSE ? END WHERE counter_key = ?",
                now, now, now + window.toMillis(), key) > 0;
    }

    /** Counters whose window has ended count as zero; they are removed at most once a minute per node. */
    private void removeExpired(long now) {
        long due = nextCleanup.get();
        if (now >= due && nextCleanup.compareAndSet(due, now + CLEANUP_INTERVAL_MILLIS)) {
            ownWrites.executeWithoutResult(status -> jdbc.update("DELETE FROM login_failure WHERE window_ends <= ?", now));
        }
    }

    /** The keys of the three counters of an attempt: SHA-256 of what each counts. */
    private record Counters(String pair, String address, String account) {

        Counters(String account, String address) {
            this(digest("pair\n" + orEmpty(account) + "\n" + orEmpty(address)), digest("address\n" + orEmpty(address)),
                    accountKey(account));
        }

        static String accountKey(String account) {
            return digest("account\n" + orEmpty(account));
        }

        private static String orEmpty(String value) {
            return value == null ? "" : value;
        }

        private static String digest(String value) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
