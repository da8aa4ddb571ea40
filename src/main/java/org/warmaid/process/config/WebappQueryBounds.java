package org.warmaid.process.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine answers an unbounded query of an authenticated user with 400 once
 * {@code queryMaxResultsLimit} is set, and some views of the Camunda webapps ask for lists without a
 * bound (Cockpit's decision-instance view looks up every version of its decision). For the webapps'
 * own engine API only, a list read without {@code maxResults} is asked for the first
 * {@code queryMaxResultsLimit} rows; the engine REST API keeps refusing unbounded queries.
 */
@Configuration
class WebappQueryBounds {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> webappQueryBoundsFilter(
            @Value("${camunda.bpm.generic-properties.properties.queryMaxResultsLimit:2000}") int limit) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(limit));
        registration.setName("webapp-query-bounds");
        registration.addUrlPatterns("/camunda/api/engine/*");
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final int limit;

        Filter(int limit) {
            this.limit = limit;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"GET".equals(request.getMethod()) || request.getParameter("maxResults") != null
                    || request.getRequestURI().endsWith("/count");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(new Bounded(request, limit), response);
        }
    }

    /** The request with {@code firstResult} (0 unless given) and {@code maxResults} added. */
    static final class Bounded extends HttpServletRequestWrapper {

        private final Map<String, String[]> added = new LinkedHashMap<>();

        Bounded(HttpServletRequest request, int limit) {
            super(request);
            if (request.getParameter("firstResult") == null) {
                added.put("firstResult", new String[] {"0"});
            }
            added.put("maxResults", new String[] {String.valueOf(limit)});
        }

        @Override
        public String getQueryString() {
            StringBuilder query = new StringBuilder(super.getQueryString() == null ? "" : super.getQueryString());
            added.forEach((name, values) -> query.append(query.length() == 0 ? "" : "&").append(name).append('=')
                    .append(values[0]));
            return query.toString();
        }

        @Override
        public String getParameter(String name) {
            return added.containsKey(name) ? added.get(name)[0] : super.getParameter(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
            parameters.putAll(added);
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return added.containsKey(name) ? added.get(name) : super.getParameterValues(name);
        }
    }
}
