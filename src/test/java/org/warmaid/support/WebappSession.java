package org.warmaid.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A browser signed in to a Camunda webapp (Tasklist, Cockpit, Admin), calling the webapps' own engine
 * API as the webapp's pages do: the session cookie, and on every write the XSRF token the webapp
 * handed out in its {@code XSRF-TOKEN} cookie, sent back in the {@code X-XSRF-TOKEN} header.
 */
public final class WebappSession {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENGINE = "/camunda/api/engine/engine/default";

    private final Http http;

    private WebappSession(Http http) {
        this.http = http;
    }

    /** Signs in to the webapp and fetches the new session's XSRF token, as the webapp's page does next. */
    public static WebappSession login(Http http, String app, String user, String password) {
        HttpResponse<String> login = CamundaWebapps.login(http, app, user, password);
        assertThat(login.statusCode()).as("%s login of %s: %s", app, user, login.body()).isEqualTo(200);
        WebappSession session = new WebappSession(http);
        assertThat(session.get("/task/count").statusCode()).isEqualTo(200);
        return session;
    }

    /** The same browser, signed in as it is, sending its requests to another node. */
    public WebappSession onPort(int port) {
        return new WebappSession(http.onPort(port));
    }

    public Http http() {
        return http;
    }

    /** A read of the engine API (path below the default engine). */
    public HttpResponse<String> get(String path) {
        return http.send(http.request(ENGINE + path).header("Accept", "application/json").GET().build());
    }

    /** A write of the engine API with the XSRF token of the browser's cookie. */
    public HttpResponse<String> post(String path, Object body) {
        try {
            return http.send(http.request(ENGINE + path).header("Accept", "application/json")
                    .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrfToken())
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The registration's single open task this user can see. */
    public JsonNode task(String reference) {
        HttpResponse<String> tasks = get("/task?processInstanceBusinessKey="
                + URLEncoder.encode(reference, StandardCharsets.UTF_8) + "&firstResult=0&maxResults=10");
        assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
        JsonNode list = read(tasks.body());
        assertThat(list).as("tasks of %s", reference).hasSize(1);
        return list.get(0);
    }

    /** Completes the task with its form's values, as Tasklist's "完成" does. */
    public HttpResponse<String> submitForm(String taskId, Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return post("/task/" + taskId + "/submit-form", Map.of("variables", variables));
    }

    /** Signs out of the webapps, as the webapp's menu does. */
    public HttpResponse<String> logout() {
        return http.send(http.request("/camunda/api/admin/auth/user/default/logout").header("X-XSRF-TOKEN", xsrfToken())
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    public String xsrfToken() {
        String token = http.cookie("XSRF-TOKEN");
        assertThat(token).as("the webapp's XSRF-TOKEN cookie").isNotNull();
        return token;
    }

    public static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
