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
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.warmaid.accounts.IdentityAuthenticationProvider;

/**
 * Lets a reviewer signed in to Tasklist read the application's review pages (embedded in the task
 * forms) without signing in again: the Camunda webapp login in the same HTTP session counts as a
 * login here, for the same user with the same groups.
 */
@Component
public class CamundaWebappLogin extends OncePerRequestFilter {

    private static final String CAMUNDA_SESSION_AUTHENTICATIONS = "authenticatedUser";
    private static final String ENGINE = "default";

    private final IdentityAuthenticationProvider identity;

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
