package org.warmaid.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.warmaid.support.CamundaWebapps;
import org.warmaid.support.Http;

/** What every start of the application must offer, on H2 and on MariaDB alike. */
final class SmokeChecks {

    private static final ObjectMapper json = new ObjectMapper();

    private final int port;
    private final Http http;

    SmokeChecks(int port) {
        this.port = port;
        this.http = new Http(port);
    }

    void webappsAnswer() {
        for (String app : List.of("cockpit", "tasklist", "admin")) {
            assertThat(http.get("/camunda/app/" + app + "/default/").statusCode()).as(app).isEqualTo(200);
        }
        assertThat(http.get("/login").statusCode()).isEqualTo(200);
        assertThat(http.get("/v3/api-docs").statusCode()).isEqualTo(200);
    }

    void demoAccountsLogIntoTheirWebapps() {
        assertThat(CamundaWebapps.login(port, "cockpit", "demo", "demo").statusCode()).isEqualTo(200);
        assertThat(CamundaWebapps.login(port, "tasklist", "reviewer", "demo").statusCode()).isEqualTo(200);
        assertThat(CamundaWebapps.login(port, "tasklist", "party1", "demo").statusCode()).isEqualTo(200);
        assertThat(CamundaWebapps.login(port, "cockpit", "reviewer", "demo").statusCode())
                .as("a reviewer has no Cockpit").isEqualTo(403);
    }

    void engineRestNeedsCamundaIdentity() {
        assertThat(http.get("/engine-rest/task").statusCode()).isEqualTo(401);
        assertThat(http.get("/engine-rest/task", "nosuchuser", "wrong").statusCode()).isEqualTo(401);
        assertThat(http.get("/engine-rest/task?maxResults=50", "demo", "demo").statusCode()).isEqualTo(200);
    }

    void everyModelFileIsDeployed(Path projectDir) {
        Set<String> deployed = new HashSet<>();
        for (JsonNode deployment : restJson("/engine-rest/deployment?maxResults=500")) {
            for (JsonNode resource : restJson("/engine-rest/deployment/" + deployment.get("id").asText() + "/resources")) {
                deployed.add(Path.of(resource.get("name").asText()).getFileName().toString());
            }
        }
        assertThat(deployed).containsAll(modelFiles(projectDir));
    }

    DemoCounts demoCounts() {
        return new DemoCounts(
                restJson("/engine-rest/user/count").get("count").asLong(),
                restJson("/engine-rest/group/count").get("count").asLong(),
                restJson("/engine-rest/filter/count").get("count").asLong(),
                restJson("/engine-rest/authorization/count").get("count").asLong());
    }

    JsonNode restJson(String path) {
        var response = http.get(path, "demo", "demo");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> modelFiles(Path projectDir) {
        try (Stream<Path> files = Stream.concat(Files.list(projectDir.resolve("bpmn")), Files.list(projectDir.resolve("dmn")))) {
            List<String> names = files.map(file -> file.getFileName().toString()).toList();
            assertThat(names).as("model files in bpmn/ and dmn/").isNotEmpty();
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record DemoCounts(long users, long groups, long filters, long authorizations) {
    }
}
