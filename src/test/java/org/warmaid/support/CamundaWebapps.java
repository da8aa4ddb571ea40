package org.warmaid.support;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Logs into a Camunda webapp the way the browser does: fetch the XSRF token, then post the login. */
public final class CamundaWebapps {

    private CamundaWebapps() {
    }

    public static HttpResponse<String> login(int port, String app, String user, String password) {
        return login(new Http(port), app, user, password);
    }

    /** Logs in with the given client, whose cookies then carry the webapp session. */
    public static HttpResponse<String> login(Http http, String app, String user, String password) {
        return send(http, app, user, password, http.request("/camunda/api/admin/auth/user/default/login/" + app));
    }

    /** The same login, as relayed by the reverse proxy for a client at the given address. */
    public static HttpResponse<String> loginFrom(String address, Http http, String app, String user, String password) {
        return send(http, app, user, password,
                http.request("/camunda/api/admin/auth/user/default/login/" + app).header("X-Forwarded-For", address));
    }

    private static HttpResponse<String> send(Http http, String app, String user, String password, HttpRequest.Builder login) {
        HttpResponse<String> page = http.get("/camunda/app/" + app + "/default/");
        String token = xsrfToken(page.headers().allValues("Set-Cookie"));
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(login.header("X-XSRF-TOKEN", token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private static String xsrfToken(List<String> cookies) {
        return cookies.stream()
                .filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .map(cookie -> cookie.substring("XSRF-TOKEN=".length(), cookie.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie from the Camunda webapp"));
    }
}
