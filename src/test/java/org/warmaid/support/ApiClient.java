package org.warmaid.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The JSON API as a unit's program uses it: HTTP Basic, JSON in and out. */
public final class ApiClient {

    private static final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Http http;
    private final String authorization;

    public ApiClient(int port, String user, String password) {
        this.http = new Http(port);
        this.authorization = Http.basic(user, password);
    }

    public record Answer(int status, JsonNode body) {

        public String firstMessage() {
            return body.path("errors").path(0).path("message").asText();
        }

        public String firstField() {
            return body.path("errors").path(0).path("field").asText(null);
        }
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(publish(body)));
    }

    /** A POST with extra headers (for example Idempotency-Key). */
    public Answer post(String path, Object body, java.util.Map<String, String> headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json").POST(publish(body));
        headers.forEach(request::header);
        return send(request);
    }

    public Answer postRaw(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(publish(body)));
    }

    public Answer delete(String path) {
        return send(request(path).DELETE());
    }

    public static <T> T read(JsonNode node, Class<T> type) {
        return json.convertValue(node, type);
    }

    private HttpRequest.Builder request(String path) {
        return http.request(path).header("Authorization", authorization).header("Accept", "application/json");
    }

    private Answer send(HttpRequest.Builder request) {
        HttpResponse<String> response = http.send(request.build());
        try {
            JsonNode body = response.body() == null || response.body().isBlank()
                    ? json.nullNode() : json.readTree(response.body());
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
