package org.warmaid.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.warmaid.support.ApiClient.Answer;

/** The engine REST API as Tasklist uses it, for one user: find a task, read its form, submit it. */
public final class EngineRest {

    private final ApiClient client;

    public EngineRest(int port, String user, String password) {
        this.client = new ApiClient(port, user, password);
    }

    /** A GET; list queries are paged, as the engine requires of authenticated users (queryMaxResultsLimit). */
    public Answer get(String path) {
        return client.get("/engine-rest" + path + (path.contains("?") ? "&" : "?") + "firstResult=0&maxResults=500");
    }

    public Answer post(String path, Object body) {
        return client.post("/engine-rest" + path, body);
    }

    public Answer put(String path, Object body) {
        return client.put("/engine-rest" + path, body);
    }

    /** The single open task of the registration this user can see, or fails. */
    public JsonNode task(String reference) {
        Answer tasks = get("/task?processInstanceBusinessKey=" + reference);
        assertThat(tasks.status()).isEqualTo(200);
        assertThat(tasks.body()).as("tasks of %s visible to this user", reference).hasSize(1);
        return tasks.body().get(0);
    }

    /** Submits the task's form with the given values, as Tasklist does. */
    public Answer submitForm(String taskId, Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            Map<String, Object> typed = new LinkedHashMap<>();
            typed.put("value", value);
            variables.put(name, typed);
        });
        return post("/task/" + taskId + "/submit-form", Map.of("variables", variables));
    }
}
