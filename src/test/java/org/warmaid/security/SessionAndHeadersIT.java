package org.warmaid.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.accounts.IdentityAuthenticationProvider;
import org.warmaid.document.Documents;
import org.warmaid.registration.Registry;
import org.warmaid.support.CamundaWebapps;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.Http;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.PortalSession;
import org.warmaid.support.SampleRegistrations;

/** Session cookies, session lifetime and the security headers of pages, downloads and the webapps. */
@MariaDbIntegrationTest
class SessionAndHeadersIT {

    @LocalServerPort
    int port;

    @Autowired
    ServerProperties server;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Registry registry;

    @Autowired
    Documents documents;

    @Autowired
    IdentityAuthenticationProvider accounts;

    @Test
    void pagesAllowOnlyTheApplicationsOwnSourcesAndAreNeverFramed() {
        HttpResponse<String> login = new Http(port).get("/login");
        String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("http:", "https:", "unsafe-inline", "unsafe-eval", "*");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(login.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(login.body()).doesNotContain("<script>", "style=\"", "http://", "https://");
    }

    @Test
    void sessionCookiesAreHttpOnlyAndSameSiteAndSecureBehindTls() {
        List<String> plain = loginCookies(false);
        assertThat(sessionCookie(plain)).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

        List<String> behindTls = loginCookies(true);
        assertThat(sessionCookie(behindTls)).contains("HttpOnly", "SameSite=Lax", "Secure");

        assertThat(server.getServlet().getSession().getTimeout()).as("idle timeout").isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void theCamundaWebappsCookiesAreProtectedAsWell() {
        HttpResponse<String> page = new Http(port).get("/camunda/app/tasklist/default/");
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("SameSite=Lax"));
        HttpResponse<String> login = CamundaWebapps.login(new Http(port), "tasklist", "reviewer", "demo");
        assertThat(login.statusCode()).isEqualTo(200);
        List<String> cookies = new java.util.ArrayList<>(page.headers().allValues("Set-Cookie"));
        cookies.addAll(login.headers().allValues("Set-Cookie"));
        assertThat(sessionCookie(cookies)).contains("HttpOnly", "SameSite=Lax");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void documentsAreServedAsAttachmentsThatBrowsersMayNotSniff() {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        long id = registry.create(accounts.principalOf(unit.accountId()), SampleRegistrations.valid()).getId();
        long document = documents.upload(accounts.principalOf(unit.accountId()), id, "OTHER", "<script>.pdf",
                "%PDF-1.4\n<script>alert(1)</script>\n%%EOF".getBytes(StandardCharsets.US_ASCII)).getId();

        PortalSession session = PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password());
        HttpResponse<byte[]> download = session.http().sendBytes(session.http().request("/portal/documents/" + document).GET().build());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(value ->
                assertThat(value).startsWith("attachment;").doesNotContain("<script>"));
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(value -> assertThat(value).startsWith("application/pdf"));
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }

    private List<String> loginCookies(boolean behindTls) {
        UnitLogin unit = fixtures.newUnit();
        PortalSession anonymous = PortalSession.anonymous(port);
        String token = anonymous.csrfToken();
        Http http = anonymous.http();
        var request = http.request("/login").header("Content-Type", "application/x-www-form-urlencoded");
        if (behindTls) {
            request.header("X-Forwarded-Proto", "https");
        }
        String form = "unit=" + unit.unitCode() + "&name=" + java.net.URLEncoder.encode(unit.unionHead(), StandardCharsets.UTF_8)
                + "&password=" + unit.password() + "&_csrf=" + token;
        HttpResponse<String> login = http.send(request.POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return login.headers().allValues("Set-Cookie");
    }

    private static String sessionCookie(List<String> cookies) {
        return cookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }
}
