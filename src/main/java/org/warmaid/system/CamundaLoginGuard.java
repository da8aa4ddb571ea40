package org.warmaid.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;
import org.warmaid.accounts.AccountIds;
import org.warmaid.accounts.LoginThrottle;
import org.warmaid.audit.AuditAction;
import org.warmaid.audit.AuditLog;
import org.warmaid.audit.AuditOutcome;

/**
 * The same throttle and audit for logins the Camunda webapps and the engine REST API handle
 * themselves: the webapp login form (Tasklist, Cockpit, Admin) and HTTP Basic on /engine-rest.
 * A blocked attempt never reaches the identity service.
 */
class CamundaLoginGuard extends OncePerRequestFilter {

    private static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";

    private final LoginThrottle throttle;
    private final AuditLog audit;

    CamundaLoginGuard(LoginThrottle throttle, AuditLog audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean webappLogin = "POST".equals(request.getMethod()) && path.startsWith(WEBAPP_LOGIN) && path.contains("/login/");
        String user = webappLogin ? request.getParameter("username") : basicUser(request, path);
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        LoginThrottle.Verdict verdict = throttle.check(user, address);
        if (verdict != LoginThrottle.Verdict.ALLOWED) {
            audit.recordFrom(address, user, AuditAction.LOGIN_BLOCKED, "account", user, AuditOutcome.REFUSED, verdict.message() + "（" + entryPoint(path, webappLogin) + "）");
            response.setStatus(429);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"LoginThrottled\",\"message\":\"" + verdict.message() + "\"}");
            return;
        }
        if (AccountIds.possible(user)) {
            chain.doFilter(request, response);
        } else {
            // no account has such a name, and the engine's own login would fail on it with a 500
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        }
        int status = response.getStatus();
        if (status == HttpServletResponse.SC_UNAUTHORIZED || (webappLogin && status == HttpServletResponse.SC_FORBIDDEN)) {
            LoginThrottle.Verdict next = throttle.failed(user, address);
            audit.recordFrom(address, user, AuditAction.LOGIN_FAILURE, "account", user, AuditOutcome.FAILURE, "用户名或密码错误（" + entryPoint(path, webappLogin) + "）");
            if (next == LoginThrottle.Verdict.ACCOUNT_LOCKED) {
                audit.recordFrom(address, user, AuditAction.ACCOUNT_LOCKED, "account", user, AuditOutcome.FAILURE, "登录失败次数过多，临时锁定");
            }
        } else if (webappLogin && status == HttpServletResponse.SC_OK) {
            throttle.succeeded(user, address);
            audit.recordFrom(address, user, AuditAction.LOGIN_SUCCESS, "account", user, AuditOutcome.SUCCESS, "登录" + entryPoint(path, webappLogin));
        }
    }

    /** Where the login came in, in words: one of the Camunda webapps, or the engine REST API. */
    static String entryPoint(String path, boolean webappLogin) {
        if (!webappLogin) {
            return "引擎 REST 接口";
        }
        return switch (path.substring(path.lastIndexOf('/') + 1)) {
            case "tasklist" -> "任务列表";
            case "cockpit" -> "流程监控";
            case "admin" -> "用户与权限管理";
            case "welcome" -> "欢迎页";
            default -> "流程平台";
        };
    }

    private static String basicUser(HttpServletRequest request, String path) {
        String header = request.getHeader("Authorization");
        if (!path.startsWith("/engine-rest/") || header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon > 0 ? decoded.substring(0, colon) : null;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
