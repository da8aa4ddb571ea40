package org.warmaid.process.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Two reviewers completing the same task at once. Left alone, the engine lets one through and
 * fails the other deep in its persistence layer, which its REST API answers as a 500. This filter
 * runs each completion call of the engine REST API (submit-form, complete, resolve) in a
 * transaction that first locks the task's row (SELECT … FOR UPDATE; the engine joins that
 * transaction): concurrent completions of one task run one after the other, and the later one
 * finds the task gone and gets a 409 with a clear message, with nothing of its decision applied.
 * Works across nodes, since the lock is the database's.
 */
@Configuration
class TaskCompletionConflicts {

    static final String MESSAGE = "该任务已由其他人办理完成（或刚被他人同时提交），您的提交未生效；请刷新任务列表后查看";

    private static final Pattern COMPLETION = Pattern.compile(".*/task/[^/]+/(submit-form|complete|resolve)$");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> taskCompletionConflictFilter(
            @Value("${spring.jersey.application-path:/engine-rest}") String restPath, JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new Filter(jdbc, new TransactionTemplate(transactionManager)));
        registration.setName("task-completion-conflicts");
        registration.addUrlPatterns(restPath + "/task/*");
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final JdbcTemplate jdbc;
        private final TransactionTemplate transactions;

        Filter(JdbcTemplate jdbc, TransactionTemplate transactions) {
            this.jdbc = jdbc;
            this.transactions = transactions;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"POST".equals(request.getMethod()) || !COMPLETION.matcher(request.getRequestURI()).matches();
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
            String taskId = taskIdOf(request.getRequestURI());
            boolean[] gone = {false};
            try {
                transactions.executeWithoutResult(status -> {
                    gone[0] = jdbc.queryForList("select ID_ from ACT_RU_TASK where ID_ = ? for update", String.class, taskId)
                            .isEmpty();
                    if (gone[0]) {
                        return;
                    }
                    try {
                        chain.doFilter(request, wrapper);
                    } catch (IOException | ServletException e) {
                        throw new IllegalStateException(e);
                    }
                    if (wrapper.getStatus() >= 400) {
                        status.setRollbackOnly();
                    }
                });
            } catch (UnexpectedRollbackException e) {
                // the engine failed inside the joined transaction and has written its own error answer
            }
            if (gone[0] || wrapper.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR && isConflict(wrapper)) {
                wrapper.resetBuffer();
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                response.setContentType("application/json;charset=UTF-8");
                byte[] body = ("{\"type\":\"TaskAlreadyCompleted\",\"message\":\"" + MESSAGE + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
                response.flushBuffer();
                return;
            }
            wrapper.copyBodyToResponse();
        }

        private static String taskIdOf(String uri) {
            String[] parts = uri.split("/");
            return parts[parts.length - 2];
        }

        private static boolean isConflict(ContentCachingResponseWrapper wrapper) {
            String body = new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8);
            return body.contains("OptimisticLockingException") || body.contains("updated by another transaction concurrently")
                    || body.contains("Cannot find task") || body.contains("task is null");
        }
    }
}
