package org.warmaid.process.config;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API authenticates every call against Camunda's identity service (HTTP Basic),
 * so the engine's authorization checks apply to REST callers as they do in the webapps.
 */
@Configuration
class EngineRestAuthentication {

    @Bean
    FilterRegistrationBean<Filter> engineRestAuthenticationFilter(
            @Value("${spring.jersey.application-path:/engine-rest}") String restPath) {
        FilterRegistrationBean<Filter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns(restPath + "/*");
        // before the application's rules on the engine's routes, which need to know who is calling
        registration.setOrder(EngineRoutes.ORDER - 10);
        return registration;
    }
}
