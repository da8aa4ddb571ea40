package org.warmaid.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends every session (the application's and the Camunda webapps', which share it) 12 hours after
 * it began, however active; the idle timeout of 30 minutes is Spring Session's. Sessions are kept
 * in the database, so the creation time, and with it this limit, is the same on every node.
 */
class SessionLifetime extends OncePerRequestFilter {

    private final Duration maximum;

    SessionLifetime(Duration maximum) {
        this.maximum = maximum;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && System.currentTimeMillis() - session.getCreationTime() > maximum.toMillis()) {
            session.invalidate();
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if ("GET".equals(request.getMethod()) && !path.startsWith("/api/") && !path.startsWith("/camunda/")
                    && !path.startsWith("/engine-rest/")) {
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
