package org.warmaid.process.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.warmaid.accounts.IdentityAuthenticationProvider;

/**
 * One sign-in, seen from the application's pages (the other direction is {@link WebappSignIn}):
 * a sign-in to Tasklist, Cockpit or Admin counts as a sign-in to the portal, the provincial pages
 * and the review pages embedded in Tasklist's forms, for the same user with the same groups. The
 * application's authentication is kept in the same HTTP session from then on.
 */
@Component
public class CamundaWebappLogin extends OncePerRequestFilter {

    static final String CAMUNDA_SESSION_AUTHENTICATIONS = "authenticatedUser";
    private static final String ENGINE = "default";

    private final IdentityAuthenticationProvider identity;
    private final HttpSessionSecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();

    CamundaWebappLogin(IdentityAuthenticationProvider identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var current = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if ((current == null || current instanceof AnonymousAuthenticationToken) && session != null
                && session.getAttribute(CAMUNDA_SESSION_AUTHENTICATIONS) instanceof Authentications authentications) {
            Authentication camunda = authentications.getAuthenticationForProcessEngine(ENGINE);
            if (camunda != null && camunda != Authentication.ANONYMOUS && camunda.getIdentityId() != null) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(identity.authenticatedAs(camunda.getIdentityId()));
                SecurityContextHolder.setContext(context);
                sessionContexts.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    /** Used inside the review pages' security filter chain only, not as a servlet filter of its own. */
    @org.springframework.context.annotation.Configuration
    static class NotAServletFilter {

        @org.springframework.context.annotation.Bean
        org.springframework.boot.web.servlet.FilterRegistrationBean<CamundaWebappLogin> camundaWebappLoginRegistration(
                CamundaWebappLogin filter) {
            var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
            registration.setEnabled(false);
            return registration;
        }
    }
}
