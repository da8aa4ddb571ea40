package org.warmaid.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.warmaid.audit.AuditAction;
import org.warmaid.audit.AuditLog;
import org.warmaid.audit.AuditOutcome;

/**
 * Authenticates the portal, the provincial pages and the JSON API against the identity store the
 * Camunda webapps use; each group becomes an authority {@code GROUP_<id>}. Failed attempts are
 * throttled and audited. A correct password is remembered for a few minutes (as a hash), so the
 * stateless JSON API does not pay for the deliberately slow password hash on every call; what is
 * remembered names the stored password it was checked against, so a password changed on another
 * node (or through the engine's own routes) is not accepted in its old form a moment longer.
 */
@Component
public class IdentityAuthenticationProvider implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "用户名或密码错误";
    static final String INITIAL_PASSWORD_EXPIRED = "初始密码已过期，请联系省直机关工会工委重新发放";

    private final AccountDirectory directory;
    private final Units units;
    private final AccountSecurities securities;
    private final InitialPasswords initialPasswords;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    private final Cache<String, Boolean> recentlyVerified = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(5)).maximumSize(10_000).build();

    IdentityAuthenticationProvider(AccountDirectory directory, Units units, AccountSecurities securities,
            InitialPasswords initialPasswords, LoginThrottle throttle, AuditLog audit, Clock clock) {
        this.directory = directory;
        this.units = units;
        this.securities = securities;
        this.initialPasswords = initialPasswords;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        String address = addressOf(authentication);
        if (userId == null || userId.isBlank() || credentials == null) {
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        LoginThrottle.Verdict verdict = throttle.check(userId, address);
        if (verdict != LoginThrottle.Verdict.ALLOWED) {
            audit.recordFrom(address, userId, AuditAction.LOGIN_BLOCKED, "account", userId, AuditOutcome.REFUSED, verdict.message());
            throw new LockedException(verdict.message());
        }
        String remembered = userId + "|" + digest(userId + ":" + credentials + ":" + directory.passwordStamp(userId).orElse(""));
        if (recentlyVerified.getIfPresent(remembered) == null) {
            if (!directory.checkPassword(userId, credentials.toString())) {
                LoginThrottle.Verdict next = throttle.failed(userId, address);
                audit.recordFrom(address, userId, AuditAction.LOGIN_FAILURE, "account", userId, AuditOutcome.FAILURE, "用户名或密码错误");
                if (next == LoginThrottle.Verdict.ACCOUNT_LOCKED) {
                    audit.recordFrom(address, userId, AuditAction.ACCOUNT_LOCKED, "account", userId, AuditOutcome.FAILURE, "登录失败次数过多，临时锁定");
                }
                throw new BadCredentialsException(BAD_CREDENTIALS);
            }
            throttle.succeeded(userId, address);
            recentlyVerified.put(remembered, Boolean.TRUE);
        }
        securities.findById(userId)
                .filter(security -> security.isPasswordChangeRequired() && security.getInitialPasswordIssuedAt() != null)
                .filter(security -> security.getInitialPasswordIssuedAt().plus(initialPasswords.validity()).isBefore(clock.instant()))
                .ifPresent(expired -> {
                    throw new CredentialsExpiredException(INITIAL_PASSWORD_EXPIRED);
                });
        var result = authenticatedAs(userId);
        result.setDetails(authentication.getDetails());
        return result;
    }

    /** Forgets remembered passwords of the account (after a change, a reset, an unlock). */
    public void forget(String userId) {
        recentlyVerified.asMap().keySet().removeIf(key -> key.startsWith(userId + "|"));
    }

    /** The authentication of a user whose identity was established elsewhere (a Camunda webapp login). */
    public UsernamePasswordAuthenticationToken authenticatedAs(String userId) {
        AccountPrincipal principal = principalOf(userId);
        List<GrantedAuthority> authorities = principal.groups().stream()
                .<GrantedAuthority>map(group -> new SimpleGrantedAuthority("GROUP_" + group))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    public AccountPrincipal principalOf(String userId) {
        String unitCode = units.findByAccountId(userId).map(Unit::getCode).orElse(null);
        return new AccountPrincipal(userId, directory.groupsOf(userId), unitCode,
                securities.requiresPasswordChange(userId));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String addressOf(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        return "unknown";
    }

    private static String digest(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
