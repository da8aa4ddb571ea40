package org.warmaid.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.support.ApiClient;
import org.warmaid.support.ApiClient.Answer;
import org.warmaid.support.EngineRest;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.Http;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.SampleRegistrations;

/**
 * The smaller leaks: another unit's registration answers exactly like one that does not exist; the
 * engine's metrics are for administrators; error answers of the engine's routes are the application's
 * Chinese JSON and name nothing they refuse.
 */
@MariaDbIntegrationTest
class SmallLeaksIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void anotherUnitsRegistrationAnswersLikeAnUnknownOne() {
        fixtures.openCampaign();
        UnitLogin owner = fixtures.newUnit();
        ApiClient ownerApi = new ApiClient(port, owner.accountId(), owner.password());
        long id = ownerApi.post("/api/registrations", SampleRegistrations.valid()).body().get("id").asLong();
        assertThat(ownerApi.get("/api/registrations/" + id).status()).as("the registration exists").isEqualTo(200);

        UnitLogin other = fixtures.newUnit();
        ApiClient otherApi = new ApiClient(port, other.accountId(), other.password());
        long unknown = id + 1_000_000_000L;
        for (String path : new String[] {"/api/registrations/%d", "/api/registrations/%d/numbers"}) {
            Answer foreign = otherApi.get(path.formatted(id));
            Answer missing = otherApi.get(path.formatted(unknown));
            assertThat(foreign.status()).as(path).isEqualTo(404);
            assertThat(foreign).as(path).isEqualTo(missing);
        }
        Answer foreignDelete = otherApi.delete("/api/registrations/" + id);
        assertThat(foreignDelete).isEqualTo(otherApi.delete("/api/registrations/" + unknown));
        assertThat(foreignDelete.status()).isEqualTo(404);
        Answer foreignSubmit = otherApi.post("/api/registrations/" + id + "/submit", "");
        assertThat(foreignSubmit).isEqualTo(otherApi.post("/api/registrations/" + unknown + "/submit", ""));
        assertThat(ownerApi.get("/api/registrations/" + id).status()).as("nothing happened to it").isEqualTo(200);
    }

    @Test
    void metricsAreForAdministrators() {
        UnitLogin unit = fixtures.newUnit();
        String path = "/metrics/activity-instance-start/sum";
        Answer asUnit = new EngineRest(port, unit.accountId(), unit.password()).get(path);
        assertThat(asUnit.status()).isEqualTo(403);
        assertThat(asUnit.body().get("message").asText()).isEqualTo("无权执行该操作");
        assertThat(new EngineRest(port, "reviewer", "demo").get(path).status()).isEqualTo(403);
        assertThat(new EngineRest(port, "demo", "demo").get(path).status()).as("an administrator reads them").isEqualTo(200);
    }

    @Test
    void errorAnswersOfTheEngineRoutesAreTheApplicationsChineseJson() {
        EngineRest administrator = new EngineRest(port, "demo", "demo");
        Answer unknownTask = administrator.get("/task/no-such-task");
        assertThat(unknownTask.status()).isEqualTo(404);
        assertThat(unknownTask.body().get("message").asText()).isEqualTo("没有找到所请求的对象");
        assertThat(unknownTask.body().get("errors").get(0).get("message").asText()).isEqualTo("没有找到所请求的对象");

        Http http = new Http(port);
        HttpResponse<String> anonymous = http.send(http.request("/engine-rest/task").header("Accept", "application/json").GET().build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"errors\"").contains("请先登录");

        HttpResponse<String> noSuchRoute = http.send(http.request("/engine-rest/no/such/route")
                .header("Authorization", Http.basic("demo", "demo")).header("Accept", "application/json").GET().build());
        assertThat(noSuchRoute.statusCode()).isEqualTo(404);
        assertThat(noSuchRoute.body()).contains("没有").doesNotContain("timestamp").doesNotContain("\"path\"");

        HttpResponse<String> malformed = http.send(http.request("/engine-rest/task")
                .header("Authorization", Http.basic("demo", "demo")).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{not json")).build());
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).containsPattern("\\p{IsHan}").contains("\"errors\"");
    }

    @Test
    void anEngineRefusalNamesNothing() {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        ApiClient unitApi = new ApiClient(port, unit.accountId(), unit.password());
        Answer created = unitApi.post("/api/registrations", SampleRegistrations.valid());
        long id = created.body().get("id").asLong();
        String reference = created.body().get("reference").asText();
        unitApi.post("/api/registrations/" + id + "/submit", "");
        String processInstance = new EngineRest(port, "demo", "demo").get("/process-instance?businessKey=" + reference)
                .body().get(0).get("id").asText();

        Answer refused = new EngineRest(port, "finance", "demo").get("/process-instance/" + processInstance + "/variables");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("message").asText()).isEqualTo("无权执行该操作");
        assertThat(refused.body().toString()).doesNotContain(processInstance).doesNotContain("finance")
                .doesNotContain("missingAuthorizations");
        assertThat(new EngineRest(port, "demo", "demo").get("/process-instance/" + processInstance + "/variables").status())
                .as("an administrator reads them").isEqualTo(200);
    }
}
