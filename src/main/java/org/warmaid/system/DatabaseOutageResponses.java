package org.warmaid.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.warmaid.model.ApiErrors;

/**
 * While the database cannot be reached, a request may fail before any controller runs — the login
 * and HTTP Basic authentication read the account from the database in the security filters — or in
 * a page controller. Such failures reach this outermost filter and are answered 503 with a Chinese
 * message (JSON for the API, a page otherwise) instead of a 500; every other exception
 * passes on unchanged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutageResponses extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageResponses.class);

    private final ObjectMapper json;

    DatabaseOutageResponses(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseUnavailable.isCauseOf(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Database unavailable, {} {} answered 503: {}", request.getMethod(), request.getRequestURI(),
                    DatabaseUnavailable.rootMessage(failure));
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
            if (wantsJson(request)) {
                ApiErrors.of(DatabaseUnavailable.MESSAGE).writeTo(response, HttpStatus.SERVICE_UNAVAILABLE.value(), json);
            } else {
                writePage(response);
            }
        }
    }

    /** Written here, not by the error view: the pages' common model (the campaign banner) needs the database too. */
    private static void writePage(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(ErrorResponses.standalonePage("数据库暂时不可用", "数据库暂时不可用",
                "数据库暂时不可用，请稍后重试。已保存的信息不受影响。"));
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return ErrorResponses.isApi(path) || path.startsWith("/engine-rest/") || accept != null && accept.contains("json");
    }
}
