package org.warmaid.process.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.warmaid.accounts.AccessGroups;
import org.warmaid.accounts.PasswordChangeDone;
import org.warmaid.accounts.PasswordChanges;

/**
 * The application's rules on the engine's own routes — the engine REST API (after its login) and
 * the Camunda webapps' API (with their session):
 * <ul>
 * <li>the first-login gate: until an initial password is changed, the account may do nothing but
 * change it (its own credentials, the password policy, its profile, signing in and out), as in the
 * portal;</li>
 * <li>the engine's metrics are for administrators.</li>
 * </ul>
 */
@Configuration
class EngineRoutes {

    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 50;

    @Bean
    FilterRegistrationBean<Filter> engineRouteRules(IdentityService identity, PasswordChanges passwords, ObjectMapper json) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter(identity, passwords, json));
        registration.setName("engine-route-rules");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(ORDER);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private static final String WEBAPP_SESSION = "authenticatedUser";
        private static final Pattern WEBAPP_AUTH = Pattern.compile("/camunda/api/admin/auth/user/default(/.*)?");
        private static final Pattern METRICS = Pattern.compile("/engine-rest/metrics(/.*)?");

        private final IdentityService identity;
        private final PasswordChanges passwords;
        private final ObjectMapper json;

        Filter(IdentityService identity, PasswordChanges passwords, ObjectMapper json) {
            this.identity = identity;
            this.passwords = passwords;
            this.json = json;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            boolean rest = path.startsWith("/engine-rest/");
            Signed signed = rest ? engineRestUser() : webappUser(request);
            if (signed == null) {
                chain.doFilter(request, response);
                return;
            }
            if (passwords.requiresChange(signed.userId()) && !changingThePassword(request.getMethod(), path, signed.userId())) {
                refuse(response, "PasswordChangeRequired", PasswordChangeDone.MESSAGE);
                return;
            }
            if (METRICS.matcher(path).matches() && !signed.groups().contains(AccessGroups.ADMINISTRATORS)) {
                refuse(response, "AuthorizationException", "无权执行该操作");
                return;
            }
            chain.doFilter(request, response);
        }

        /** What an account that must change its password may still do: change it. */
        static boolean changingThePassword(String method, String path, String userId) {
            String engine = path.startsWith("/engine-rest/") ? "/engine-rest"
                    : path.startsWith("/camunda/api/engine/engine/default/") ? "/camunda/api/engine/engine/default" : null;
            if (engine == null) {
                return WEBAPP_AUTH.matcher(path).matches();
            }
            String rest = path.substring(engine.length());
            return "PUT".equals(method) && rest.equals("/user/" + userId + "/credentials")
                    || "GET".equals(method) && rest.equals("/user/" + userId + "/profile")
                    || rest.equals("/identity/password-policy");
        }

        private record Signed(String userId, List<String> groups) {
        }

        private Signed engineRestUser() {
            var current = identity.getCurrentAuthentication();
            return current == null || current.getUserId() == null ? null
                    : new Signed(current.getUserId(), current.getGroupIds() == null ? List.of() : current.getGroupIds());
        }

        private static Signed webappUser(HttpServletRequest request) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(WEBAPP_SESSION) instanceof Authentications authentications) {
                Authentication camunda = authentications.getAuthenticationForProcessEngine("default");
                if (camunda instanceof UserAuthentication user && user.getIdentityId() != null) {
                    return new Signed(user.getIdentityId(), user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds()));
                }
            }
            return null;
        }

        private void refuse(HttpServletResponse response, String type, String message) throws IOException {
            ObjectNode body = json.createObjectNode();
            body.put("type", type);
            body.put("message", message);
            body.putArray("errors").addObject().putNull("field").put("message", message);
            byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
