package org.warmaid.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.warmaid.accounts.LoginThrottle;
import org.warmaid.audit.AuditLog;

/** Servlet filters that run before every security chain, for the Camunda webapps and REST as well. */
@Configuration
class SecurityFilters {

    @Bean
    FilterRegistrationBean<SessionLifetime> sessionLifetime(@Value("${warmaid.session.maximum-lifetime:12h}") Duration maximum) {
        FilterRegistrationBean<SessionLifetime> registration = new FilterRegistrationBean<>(new SessionLifetime(maximum));
        // after Spring Session's filter, which puts the database session in place of the container's
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineErrorAnswers> engineErrorAnswers(ObjectMapper json) {
        FilterRegistrationBean<EngineErrorAnswers> registration = new FilterRegistrationBean<>(new EngineErrorAnswers(json));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CamundaLoginGuard> camundaLoginGuard(LoginThrottle throttle, AuditLog audit) {
        FilterRegistrationBean<CamundaLoginGuard> registration = new FilterRegistrationBean<>(new CamundaLoginGuard(throttle, audit));
        registration.addUrlPatterns("/camunda/api/admin/auth/*", "/engine-rest/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
