package org.warmaid.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing on every login path (portal, JSON API, Tasklist/Cockpit/Admin, engine
 * REST) without handing an attacker the power to lock every unit out before the deadline. Within a
 * window (15 min by default):
 * - one address may fail 5 times for one account: then that address is refused for that account;
 * - one address may fail 20 times in all: then that address is refused;
 * - an account may fail 15 times from all addresses together: then it is locked until the window
 *   ends or an administrator unlocks it (an attacker needs several addresses to get there, and the
 *   unit can still be let in the same minute).
 * Counts are kept in memory on each node.
 */
@Component
public class LoginThrottle {

    private final int perAccountAndAddress;
    private final int perAddress;
    private final int perAccount;
    private final Cache<String, AtomicInteger> pairs;
    private final Cache<String, AtomicInteger> addresses;
    private final Cache<String, AtomicInteger> accounts;

    LoginThrottle(@Value("${warmaid.login.max-failures-per-account-and-address:5}") int perAccountAndAddress,
            @Value("${warmaid.login.max-failures-per-address:20}") int perAddress,
            @Value("${warmaid.login.max-failures-per-account:15}") int perAccount,
            @Value("${warmaid.login.window:15m}") Duration window) {
        this.perAccountAndAddress = perAccountAndAddress;
        this.perAddress = perAddress;
        this.perAccount = perAccount;
        this.pairs = counter(window);
        this.addresses = counter(window);
        this.accounts = counter(window);
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
        if (count(accounts, key(account)) >= perAccount) {
            return Verdict.ACCOUNT_LOCKED;
        }
        if (count(addresses, address) >= perAddress) {
            return Verdict.ADDRESS_BLOCKED;
        }
        if (count(pairs, key(account) + "|" + address) >= perAccountAndAddress) {
            return Verdict.ADDRESS_BLOCKED_FOR_ACCOUNT;
        }
        return Verdict.ALLOWED;
    }

    /** Counts a failed attempt; returns the verdict the next attempt will get. */
    public Verdict failed(String account, String address) {
        increment(pairs, key(account) + "|" + address);
        increment(addresses, address);
        increment(accounts, key(account));
        return check(account, address);
    }

    public void succeeded(String account, String address) {
        pairs.invalidate(key(account) + "|" + address);
    }

    public boolean isLocked(String account) {
        return count(accounts, key(account)) >= perAccount;
    }

    /** An administrator lets the account in again, from every address. */
    public void unlock(String account) {
        accounts.invalidate(key(account));
        pairs.asMap().keySet().removeIf(pair -> pair.startsWith(key(account) + "|"));
    }

    private static String key(String account) {
        return account == null ? "" : account;
    }

    private static int count(Cache<String, AtomicInteger> cache, String key) {
        AtomicInteger counter = cache.getIfPresent(key == null ? "" : key);
        return counter == null ? 0 : counter.get();
    }

    private static void increment(Cache<String, AtomicInteger> cache, String key) {
        cache.get(key == null ? "" : key, k -> new AtomicInteger()).incrementAndGet();
    }

    private static Cache<String, AtomicInteger> counter(Duration window) {
        return Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
    }
}
