package org.warmaid.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.session.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The session cookie (written by Spring Session, the sessions being kept in the database) is
 * {@code Secure} when the request came over TLS, as the container's cookie was, and on every request
 * when {@code WARMAID_SECURE_COOKIES=true}. Spring Boot can only set it always or never.
 */
@Configuration
class SessionCookies {

    @Bean
    DefaultCookieSerializerCustomizer secureSessionCookie(@Value("${WARMAID_SECURE_COOKIES:false}") boolean always) {
        return serializer -> {
            if (always) {
                serializer.setUseSecureCookie(true);
            }
        };
    }
}
