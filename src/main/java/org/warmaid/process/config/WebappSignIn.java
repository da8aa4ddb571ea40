package org.warmaid.process.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.warmaid.accounts.AccountPrincipal;

/**
 * One sign-in, seen from the Camunda webapps (the other direction is {@link CamundaWebappLogin}).
 * Someone signed in to the application's pages is signed in to Tasklist, Cockpit and Admin too: the
 * webapps' own authentication is added to the same HTTP session, with the groups and the apps the
 * engine's authorizations grant. Signing out of a webapp ends the session, so it signs out of the
 * pages as well (signing out of the pages ends it already). Only the standard HTTP session is used,
 * wherever it is kept. An account that must still change its initial password, or that may open
 * none of the webapps (a unit's), gets nothing here.
 */
@Component
public class WebappSignIn extends OncePerRequestFilter {

    private static final String LOGOUT = "/camunda/api/admin/auth/user/";
    private static final List<String> WEBAPPS = List.of(AuthenticationUtil.APPS);

    private final ProcessEngine engine;

    WebappSignIn(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && !isLogout(request)
                && SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof AccountPrincipal account
                && !account.passwordChangeRequired()) {
            signInToTheWebapps(session, account.id());
        }
        chain.doFilter(request, response);
        if (isLogout(request) && response.getStatus() < 400) {
            HttpSession ended = request.getSession(false);
            if (ended != null) {
                ended.invalidate();
            }
        }
    }

    private void signInToTheWebapps(HttpSession session, String userId) {
        Object stored = session.getAttribute(CamundaWebappLogin.CAMUNDA_SESSION_AUTHENTICATIONS);
        Authentications authentications = stored instanceof Authentications known ? known : new Authentications();
        org.camunda.bpm.webapp.impl.security.auth.Authentication current =
                authentications.getAuthenticationForProcessEngine(engine.getName());
        if (current != null && userId.equals(current.getIdentityId())) {
            return;
        }
        UserAuthentication authentication = AuthenticationUtil.createAuthentication(engine, userId);
        // as the webapps' own login: someone who may open none of Tasklist, Cockpit and Admin (a unit)
        // gets no webapp session at all
        if (authentication != null && authentication.getAuthorizedApps().stream().anyMatch(WEBAPPS::contains)) {
            authentications.addOrReplace(authentication);
            session.setAttribute(CamundaWebappLogin.CAMUNDA_SESSION_AUTHENTICATIONS, authentications);
        }
    }

    private static boolean isLogout(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && path.startsWith(LOGOUT) && path.endsWith("/logout");
    }

    /** Used inside the webapps' security filter chain only, not as a servlet filter of its own. */
    @Configuration
    static class NotAServletFilter {

        @Bean
        FilterRegistrationBean<WebappSignIn> webappSignInRegistration(WebappSignIn filter) {
            FilterRegistrationBean<WebappSignIn> registration = new FilterRegistrationBean<>(filter);
            registration.setEnabled(false);
            return registration;
        }
    }
}
