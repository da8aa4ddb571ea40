package org.warmaid.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.warmaid.support.ApiClient.Answer;

/**
 * A browser signed in to a Camunda webapp, calling the webapps' own engine API
 * ({@code /camunda/api/engine/engine/default/…}) as Tasklist, Cockpit and Admin do: with the session
 * cookie and the XSRF token.
 */
public final class CamundaWebappSession {

    public static final String ENGINE = "/camunda/api/engine/engine/default";

    private static final ObjectMapper json = new ObjectMapper();

    private final Http http;

    private CamundaWebappSession(Http http) {
        this.http = http;
    }

    /** Signs in to the webapp; fails unless the login succeeds. */
    public static CamundaWebappSession login(int port, String app, String user, String password) {
        Http http = new Http(port);
        HttpResponse<String> login = CamundaWebapps.login(http, app, user, password);
        assertThat(login.statusCode()).as("%s signs in to %s: %s", user, app, login.body()).isEqualTo(200);
        // the signed-in session's XSRF token, handed out with the next read, as the webapp's page does
        assertThat(http.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
        return new CamundaWebappSession(http);
    }

    public Answer get(String path) {
        return send(http.request(path).header("Accept", "application/json").GET());
    }

    public Answer post(String path, Object body) {
        return send(withToken(path).header("Content-Type", "application/json").POST(publish(body)));
    }

    public Answer put(String path, Object body) {
        return send(withToken(path).header("Content-Type", "application/json").PUT(publish(body)));
    }

    public Answer postMultipart(String path, Multipart body) {
        return send(withToken(path).header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    /** Submits a task's form as Tasklist does, each value with its type left to the engine. */
    public Answer submitForm(String taskId, Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return post(ENGINE + "/task/" + taskId + "/submit-form", Map.of("variables", variables));
    }

    private HttpRequest.Builder withToken(String path) {
        return http.request(path).header("Accept", "application/json").header("X-XSRF-TOKEN", http.cookie("XSRF-TOKEN"));
    }

    private Answer send(HttpRequest.Builder request) {
        HttpResponse<String> response = http.send(request.build());
        try {
            JsonNode body = response.body() == null || response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
            return new Answer(response.statusCode(), body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    private static HttpRequest.BodyPublisher publish(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : json.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
