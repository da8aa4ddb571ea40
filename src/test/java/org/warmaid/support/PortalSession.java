package org.warmaid.support;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like session on the application's pages over plain HTTP: form login, CSRF token, form posts. */
public final class PortalSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*content=\"([^\"]+)\"|name=\"_csrf\" value=\"([^\"]+)\"");

    private final Http http;

    private PortalSession(Http http) {
        this.http = http;
    }

    public static PortalSession anonymous(int port) {
        return new PortalSession(new Http(port));
    }

    public static PortalSession unit(int port, String unitCode, String unionHead, String password) {
        PortalSession session = anonymous(port);
        HttpResponse<String> login = session.post("/login", Map.of("unit", unitCode, "name", unionHead, "password", password));
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("unit login failed: " + login.statusCode() + " " + login.headers().map());
        }
        return session;
    }

    public static PortalSession staff(int port, String user, String password) {
        PortalSession session = anonymous(port);
        HttpResponse<String> login = session.post("/login", Map.of("username", user, "password", password));
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("staff login failed: " + login.statusCode());
        }
        return session;
    }

    /** The same browser, signed in as it is, sending its requests to another node. */
    public PortalSession onPort(int port) {
        return new PortalSession(http.onPort(port));
    }

    public HttpResponse<String> get(String path) {
        return http.get(path);
    }

    /** A form post with the CSRF token of the session, as the page would send it. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrfToken());
        return postWithoutToken(path, withToken);
    }

    public HttpResponse<String> postWithoutToken(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(http.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public String csrfToken() {
        String page = http.get("/login").body();
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token on the login page");
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    public Http http() {
        return http;
    }
}
