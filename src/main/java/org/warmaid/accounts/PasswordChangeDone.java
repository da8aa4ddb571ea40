package org.warmaid.accounts;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Grants a request only to an account whose initial password has been changed: until then the
 * password change is the one thing the account may do (enforced here, on the server).
 */
@Component
public class PasswordChangeDone implements AuthorizationManager<RequestAuthorizationContext> {

    public static final String MESSAGE = "首次登录须先修改默认密码，修改后方可使用其他功能";

    @Override
    public AuthorizationDecision check(java.util.function.Supplier<Authentication> authentication,
            RequestAuthorizationContext context) {
        Authentication current = authentication.get();
        boolean granted = current != null && current.isAuthenticated()
                && current.getPrincipal() instanceof AccountPrincipal account
                && !account.passwordChangeRequired();
        return new AuthorizationDecision(granted);
    }
}
