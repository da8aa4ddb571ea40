package org.warmaid.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class SessionLifetimeTest {

    private final SessionLifetime filter = new SessionLifetime(Duration.ofHours(12));

    @Test
    void endsASessionOlderThanTwelveHoursHoweverActive() throws Exception {
        MockHttpSession old = new MockHttpSession() {
            @Override
            public long getCreationTime() {
                return System.currentTimeMillis() - Duration.ofHours(12).plusMinutes(1).toMillis();
            }
        };
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/portal/registrations");
        request.setSession(old);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(old.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(chain.getRequest()).as("the request goes no further").isNull();
    }

    @Test
    void keepsAYoungerSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/portal/registrations");
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(session.isInvalid()).isFalse();
        assertThat(chain.getRequest()).isNotNull();
    }
}
