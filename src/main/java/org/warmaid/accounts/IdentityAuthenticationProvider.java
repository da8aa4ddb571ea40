package org.warmaid.accounts;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Authenticates the portal, the provincial pages and the JSON API against the identity store the
 * Camunda webapps use; each group becomes an authority {@code GROUP_<id>}.
 */
@Component
public class IdentityAuthenticationProvider implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "用户名或密码错误";

    static final String INITIAL_PASSWORD_EXPIRED = "初始密码已过期，请联系省直机关工会工委重新发放";

    private final AccountDirectory directory;
    private final Units units;
    private final AccountSecurities securities;
    private final InitialPasswords initialPasswords;
    private final java.time.Clock clock;

    IdentityAuthenticationProvider(AccountDirectory directory, Units units, AccountSecurities securities,
            InitialPasswords initialPasswords, java.time.Clock clock) {
        this.directory = directory;
        this.units = units;
        this.securities = securities;
        this.initialPasswords = initialPasswords;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null
                || !directory.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        securities.findById(userId)
                .filter(security -> security.isPasswordChangeRequired() && security.getInitialPasswordIssuedAt() != null)
                .filter(security -> security.getInitialPasswordIssuedAt().plus(initialPasswords.validity()).isBefore(clock.instant()))
                .ifPresent(expired -> {
                    throw new org.springframework.security.authentication.CredentialsExpiredException(INITIAL_PASSWORD_EXPIRED);
                });
        var result = authenticatedAs(userId);
        result.setDetails(authentication.getDetails());
        return result;
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
        String name = directory.displayName(userId).orElse(userId);
        return new AccountPrincipal(userId, name, directory.groupsOf(userId), unitCode,
                securities.requiresPasswordChange(userId));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
