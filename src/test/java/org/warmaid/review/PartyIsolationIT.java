package org.warmaid.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.support.ApiClient;
import org.warmaid.support.ApiClient.Answer;
import org.warmaid.support.CamundaWebapps;
import org.warmaid.support.EngineRest;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.Http;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.SampleRegistrations;

/**
 * A party committee sees and completes only its own unit's work: through the engine REST API and
 * through the review page embedded in Tasklist. Provincial reviewers see all units.
 */
@MariaDbIntegrationTest
class PartyIsolationIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    record Submitted(long id, String reference, String processInstanceId) {
    }

    @Test
    void aPartyCommitteeReachesNothingOfAnotherUnit() {
        fixtures.openCampaign();
        UnitLogin unitA = fixtures.newUnit();
        UnitLogin unitB = fixtures.newUnit();
        String partyA = fixtures.newPartyReviewer(unitA.unitCode());
        Submitted a = submit(unitA);
        Submitted b = submit(unitB);
        EngineRest asPartyA = new EngineRest(port, partyA, Fixtures.PASSWORD);

        assertThat(asPartyA.get("/task").body().findValuesAsText("processInstanceId"))
                .contains(a.processInstanceId()).doesNotContain(b.processInstanceId());
        assertThat(asPartyA.get("/task?processInstanceBusinessKey=" + b.reference()).body()).isEmpty();
        assertThat(asPartyA.get("/process-instance?businessKey=" + b.reference()).body()).isEmpty();
        assertThat(asPartyA.get("/process-instance/" + b.processInstanceId() + "/variables").status()).isIn(403, 404);
        assertThat(asPartyA.get("/history/process-instance?processInstanceBusinessKey=" + b.reference()).body()).isEmpty();
        assertThat(asPartyA.get("/history/variable-instance?processInstanceId=" + b.processInstanceId()).body()).isEmpty();

        String taskB = new EngineRest(port, "reviewer", "demo").get("/task?processInstanceBusinessKey=" + b.reference())
                .body().get(0).get("id").asText();
        assertThat(asPartyA.get("/task/" + taskB + "/variables").status()).isIn(403, 404);
        Answer complete = asPartyA.submitForm(taskB, Map.of("partyDecision", "APPROVE"));
        assertThat(complete.status()).isIn(403, 404);
        assertThat(new EngineRest(port, "reviewer", "demo").task(b.reference()).get("taskDefinitionKey").asText())
                .as("B's task did not move").isEqualTo("Task_ReviewByPartyCommittee");

        JsonNode own = asPartyA.task(a.reference());
        assertThat(asPartyA.get("/task/" + own.get("id").asText() + "/variables").status()).isEqualTo(200);

        EngineRest provincial = new EngineRest(port, "reviewer", "demo");
        assertThat(provincial.get("/process-instance?businessKey=" + a.reference()).body()).hasSize(1);
        assertThat(provincial.get("/process-instance?businessKey=" + b.reference()).body()).hasSize(1);
    }

    @Test
    void theReviewPageInTasklistShowsOnlyTheOwnUnit() {
        fixtures.openCampaign();
        UnitLogin unitA = fixtures.newUnit();
        UnitLogin unitB = fixtures.newUnit();
        String partyA = fixtures.newPartyReviewer(unitA.unitCode());
        Submitted a = submit(unitA);
        Submitted b = submit(unitB);

        Http anonymous = new Http(port);
        assertThat(anonymous.get("/review/registrations/" + a.id()).statusCode()).as("redirect to login").isEqualTo(302);

        Http tasklist = new Http(port);
        assertThat(CamundaWebapps.login(tasklist, "tasklist", partyA, Fixtures.PASSWORD).statusCode()).isEqualTo(200);
        var page = tasklist.get("/review/registrations/" + a.id());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(a.reference(), "资格认定", "审核记录", "220102********");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(tasklist.get("/review/registrations/" + b.id()).statusCode()).as("as an unknown id").isEqualTo(404);

        Http provincial = new Http(port);
        CamundaWebapps.login(provincial, "tasklist", "reviewer", "demo");
        assertThat(provincial.get("/review/registrations/" + b.id()).statusCode()).isEqualTo(200);

        Http unit = new Http(port);
        assertThat(unit.get("/review/registrations/" + a.id(), unitA.accountId(), unitA.password()).statusCode())
                .as("units use the portal, not the review pages").isIn(302, 404);
    }

    private Submitted submit(UnitLogin unit) {
        ApiClient api = new ApiClient(port, unit.accountId(), unit.password());
        JsonNode created = api.post("/api/registrations", SampleRegistrations.valid()).body();
        long id = created.get("id").asLong();
        assertThat(api.post("/api/registrations/" + id + "/submit", "").status()).isEqualTo(200);
        String reference = created.get("reference").asText();
        String processInstanceId = new EngineRest(port, "reviewer", "demo")
                .get("/process-instance?businessKey=" + reference).body().get(0).get("id").asText();
        return new Submitted(id, reference, processInstanceId);
    }
}
