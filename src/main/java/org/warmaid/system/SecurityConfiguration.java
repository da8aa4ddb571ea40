package org.warmaid.system;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.warmaid.accounts.AccessGroups;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.accounts.IdentityAuthenticationProvider;
import org.warmaid.accounts.PasswordChangeDone;
import org.warmaid.accounts.UnitLoginParameters;
import org.warmaid.model.ApiErrors;

/**
 * The filter chains: the Camunda webapps (their own login and CSRF), the engine REST API
 * (authenticated by Camunda's own filter against the same identity store), the JSON API (HTTP
 * Basic, stateless), the review pages framed in Tasklist, the API documentation and this
 * application's pages (form login, CSRF). Until an initial password is changed, the password
 * change is the only thing an account may do. Logins on every chain go through one throttle.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain camundaWebapps(HttpSecurity http, SharedSignIn signIn) throws Exception {
        return http.securityMatcher(withDefaults().matcher("/camunda/**"))
                .addFilterAfter(signIn.intoTheWebapps(), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        return http.securityMatcher(withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain jsonApi(HttpSecurity http, IdentityAuthenticationProvider identity,
            PasswordChangeDone passwordChangeDone, ObjectMapper json) throws Exception {
        return http.securityMatcher(withDefaults().matcher("/api/**"))
                .authenticationManager(onlyThe(identity))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(withDefaults().matcher(HttpMethod.POST, "/api/account/password")).authenticated()
                        .anyRequest().access(passwordChangeDone))
                .httpBasic(basic -> basic.realmName("warm-aid").authenticationEntryPoint(apiUnauthorized(json)))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(apiUnauthorized(json))
                        .accessDeniedHandler(apiForbidden(json)))
                .build();
    }

    /**
     * The review pages, shown inside Tasklist forms: a Tasklist login counts, and the pages may be
     * framed by the application itself (and only by it).
     */
    @Bean
    @Order(4)
    SecurityFilterChain reviewPages(HttpSecurity http, IdentityAuthenticationProvider identity,
            SharedSignIn signIn, PasswordChangeDone passwordChangeDone) throws Exception {
        return http.securityMatcher(withDefaults().matcher("/review/**"))
                .authenticationManager(onlyThe(identity))
                .addFilterAfter(signIn.fromTheWebapps(), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().access(passwordChangeDone))
                .formLogin(login -> login.loginPage("/login"))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.sameOrigin())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'self'; form-action 'self'")))
                .exceptionHandling(handling -> handling.accessDeniedHandler(pageForbidden()))
                .build();
    }

    /** The API documentation (Swagger UI needs inline styles); it holds no personal data. */
    @Bean
    @Order(5)
    SecurityFilterChain apiDocumentation(HttpSecurity http) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(
                        withDefaults().matcher("/swagger-ui/**"), withDefaults().matcher("/swagger-ui.html"),
                        withDefaults().matcher("/v3/api-docs/**"), withDefaults().matcher("/v3/api-docs")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'")))
                .build();
    }

    @Bean
    @Order(6)
    SecurityFilterChain pages(HttpSecurity http, IdentityAuthenticationProvider identity,
            PasswordChangeDone passwordChangeDone, UnitLoginParameters unitLogin,
            SharedSignIn signIn) throws Exception {
        return http
                .authenticationManager(onlyThe(identity))
                .addFilterAfter(signIn.fromTheWebapps(), SecurityContextHolderFilter.class)
                .addFilterBefore(unitLogin, UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/error", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/account/password", "/logout").authenticated()
                        .requestMatchers("/portal/**").access(AuthorizationManagers.allOf(passwordChangeDone, unitAccountsOnly()))
                        .requestMatchers("/province/**").access(AuthorizationManagers.allOf(passwordChangeDone,
                                groups(AccessGroups.PROVINCIAL_REVIEWERS, AccessGroups.ADMINISTRATORS)))
                        .requestMatchers("/finance/**").access(AuthorizationManagers.allOf(passwordChangeDone,
                                groups(AccessGroups.FINANCE, AccessGroups.ADMINISTRATORS)))
                        .requestMatchers("/admin/**").access(AuthorizationManagers.allOf(passwordChangeDone,
                                groups(AccessGroups.ADMINISTRATORS)))
                        .requestMatchers("/rules/**", "/rules").access(AuthorizationManagers.allOf(passwordChangeDone,
                                groups(AccessGroups.ANALYSTS, AccessGroups.ADMINISTRATORS)))
                        .requestMatchers("/audit/**", "/audit").access(AuthorizationManagers.allOf(passwordChangeDone,
                                groups(AccessGroups.AUDITORS)))
                        .anyRequest().access(passwordChangeDone))
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", true)
                        .failureHandler(loginFailures()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .invalidateHttpSession(true).deleteCookies("JSESSIONID"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
                .exceptionHandling(handling -> handling.accessDeniedHandler(pageForbidden()))
                .build();
    }

    /** Only the application's own files; no inline script or style; never framed. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static AuthenticationFailureHandler loginFailures() {
        var handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(
                LockedException.class.getName(), "/login?locked",
                CredentialsExpiredException.class.getName(), "/login?initialExpired"));
        return handler;
    }

    /** Filters that run inside a security chain only, not once more as servlet filters of their own. */
    @Bean
    FilterRegistrationBean<UnitLoginParameters> unitLoginParametersRegistration(UnitLoginParameters filter) {
        FilterRegistrationBean<UnitLoginParameters> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /**
     * The identity store as the only authority, without a parent manager: with one, a failed
     * attempt would be tried twice and counted twice by the login throttle.
     */
    private static AuthenticationManager onlyThe(
            IdentityAuthenticationProvider identity) {
        return new ProviderManager(identity);
    }

    private static AuthorizationManager<RequestAuthorizationContext> groups(String... groups) {
        return AuthorityAuthorizationManager.hasAnyAuthority(
                Arrays.stream(groups).map(group -> "GROUP_" + group).toArray(String[]::new));
    }

    private static AuthorizationManager<RequestAuthorizationContext> unitAccountsOnly() {
        return (authentication, context) -> new AuthorizationDecision(
                authentication.get() != null && authentication.get().getPrincipal() instanceof AccountPrincipal account
                        && account.isUnitAccount());
    }

    private static AuthenticationEntryPoint apiUnauthorized(ObjectMapper json) {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"warm-aid\", charset=\"UTF-8\"");
            String message = exception instanceof LockedException
                    || exception instanceof CredentialsExpiredException
                    ? exception.getMessage() : "请先登录：使用 HTTP Basic 提供正确的账号和密码";
            ApiErrors.of(message).writeTo(response, HttpServletResponse.SC_UNAUTHORIZED, json);
        };
    }

    private static AccessDeniedHandler apiForbidden(ObjectMapper json) {
        return (request, response, exception) -> ApiErrors.of(mustChangePassword() ? PasswordChangeDone.MESSAGE : "无权执行该操作")
                .writeTo(response, HttpServletResponse.SC_FORBIDDEN, json);
    }

    private static AccessDeniedHandler pageForbidden() {
        return (request, response, exception) -> {
            if (mustChangePassword()) {
                response.sendRedirect(request.getContextPath() + "/account/password");
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        };
    }

    private static boolean mustChangePassword() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal account
                && account.passwordChangeRequired();
    }
}
