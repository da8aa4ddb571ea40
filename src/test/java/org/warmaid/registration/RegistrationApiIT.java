package org.warmaid.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.audit.AuditEvent;
import org.warmaid.audit.AuditTrail;
import org.warmaid.support.ApiClient;
import org.warmaid.support.ApiClient.Answer;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.SampleRegistrations;

/** The registration JSON API (/api/registrations) as a unit's program uses it, every error path included. */
@MariaDbIntegrationTest
class RegistrationApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Registrations registrations;

    @Autowired
    AuditTrail auditEvents;

    UnitLogin unit;
    ApiClient api;

    @BeforeEach
    void freshUnit() {
        fixtures.openCampaign();
        unit = fixtures.newUnit();
        api = new ApiClient(port, unit.accountId(), unit.password());
    }

    @AfterEach
    void resetClock() {
        fixtures.clock().reset();
    }

    @Test
    void carriesAUnitsWholeEntryWork() {
        RegistrationForm form = SampleRegistrations.valid();
        Answer created = api.post("/api/registrations", form);
        assertThat(created.status()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(created.body().get("reference").asText()).matches("\\d{4}-" + unit.unitCode() + "-0001");
        assertThat(created.body().get("stage").asText()).isEqualTo("ENTERED");
        assertThat(created.body().get("idNumber").asText()).isEqualTo(
                form.getIdNumber().substring(0, 6) + "********" + form.getIdNumber().substring(14));
        assertThat(created.body().get("bankCardNumber").asText()).startsWith("**** ");

        Answer read = api.get("/api/registrations/" + id);
        assertThat(read.status()).isEqualTo(200);
        JsonNode edited = read.body().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) edited).put("phone", "0431-82701100");
        Answer updated = api.put("/api/registrations/" + id, edited);
        assertThat(updated.status()).as(updated.body().toString()).isEqualTo(200);
        assertThat(updated.body().get("version").asLong()).isEqualTo(read.body().get("version").asLong() + 1);
        Registration stored = registrations.findById(id).orElseThrow();
        assertThat(stored.getPhone()).isEqualTo("0431-82701100");
        assertThat(stored.getIdNumber()).as("masked value sent back keeps the number").isEqualTo(form.getIdNumber());
        assertThat(stored.getBankCardNumber()).isEqualTo(form.getBankCardNumber());

        Answer list = api.get("/api/registrations");
        assertThat(list.body()).hasSize(1);
        assertThat(list.body().get(0).get("stageLabel").asText()).isEqualTo("待上报");

        Answer submitted = api.post("/api/registrations/" + id + "/submit", "");
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(registrations.findById(id).orElseThrow().getStage()).isNotIn(Stage.ENTERED, Stage.RETURNED);

        Answer secondSubmit = api.post("/api/registrations/" + id + "/submit", "");
        assertThat(secondSubmit.status()).isEqualTo(409);
        assertThat(api.delete("/api/registrations/" + id).status()).as("submitted registrations stay").isEqualTo(409);

        List<AuditEvent> trail = auditEvents.findByTargetTypeAndTargetIdOrderByIdAsc("registration",
                created.body().get("reference").asText());
        assertThat(trail).extracting(AuditEvent::action)
                .contains("REGISTRATION_CREATE", "REGISTRATION_UPDATE", "REGISTRATION_SUBMIT");
        AuditEvent update = trail.stream().filter(e -> e.action().equals("REGISTRATION_UPDATE")).findFirst().orElseThrow();
        assertThat(update.actor()).isEqualTo(unit.accountId());
        assertThat(update.details()).contains("联系电话：138****0000 → 0431*****1100");
        assertThat(trail).allSatisfy(event -> assertThat(event.details()).doesNotContain(form.getIdNumber(),
                form.getBankCardNumber()));
    }

    @Test
    void deletingWithdrawsAndFreesTheIdNumber() {
        RegistrationForm form = SampleRegistrations.valid();
        long id = api.post("/api/registrations", form).body().get("id").asLong();
        assertThat(api.delete("/api/registrations/" + id).status()).isEqualTo(204);
        assertThat(registrations.findById(id).orElseThrow().getStage()).isEqualTo(Stage.WITHDRAWN);
        assertThat(api.get("/api/registrations/" + id).status()).isEqualTo(404);
        assertThat(api.get("/api/registrations").body()).isEmpty();
        assertThat(api.post("/api/registrations", form).status()).as("re-entered after deletion").isEqualTo(201);
    }

    @Test
    void answers400NamingTheFieldInChinese() {
        RegistrationForm form = SampleRegistrations.valid();
        form.setIdNumber("220102198001010013");
        Answer answer = api.post("/api/registrations", form);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.firstField()).isEqualTo("idNumber");
        assertThat(answer.firstMessage()).contains("校验位");

        Answer wrongType = api.post("/api/registrations", Map.of("householdSize", "三"));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.firstField()).isEqualTo("householdSize");

        Answer malformed = api.postRaw("/api/registrations", "application/json", "{\"name\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.firstMessage()).contains("JSON");

        Answer wrongContentType = api.postRaw("/api/registrations", "text/plain", "name=刘洋");
        assertThat(wrongContentType.status()).isEqualTo(415);
        assertThat(registrations.findCurrent(fixtures.openCampaign().getId(), unit.unitCode())).isEmpty();
    }

    @Test
    void refusesAnotherUnitsRegistrationsWithoutRevealingThem() {
        RegistrationForm form = SampleRegistrations.valid();
        long id = api.post("/api/registrations", form).body().get("id").asLong();
        UnitLogin other = fixtures.newUnit();
        ApiClient otherApi = new ApiClient(port, other.accountId(), other.password());

        for (Answer answer : List.of(otherApi.get("/api/registrations/" + id),
                otherApi.put("/api/registrations/" + id, form),
                otherApi.delete("/api/registrations/" + id),
                otherApi.post("/api/registrations/" + id + "/submit", ""))) {
            assertThat(answer.status()).as("answered as an unknown id is").isEqualTo(404);
            assertThat(answer.body().toString()).doesNotContain(form.getName(), unit.unitCode(), form.getIdNumber().substring(14));
        }
        assertThat(otherApi.get("/api/registrations").body()).isEmpty();
        assertThat(registrations.findById(id).orElseThrow().getStage()).isEqualTo(Stage.ENTERED);
    }

    @Test
    void refusesEverythingButThePasswordChangeUntilTheInitialPasswordIsChanged() {
        UnitLogin fresh = fixtures.newUnitWithInitialPassword();
        ApiClient freshApi = new ApiClient(port, fresh.accountId(), "0");
        for (Answer answer : List.of(freshApi.get("/api/registrations"),
                freshApi.post("/api/registrations", SampleRegistrations.valid()),
                freshApi.post("/api/registrations/precheck", SampleRegistrations.valid()))) {
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.firstMessage()).contains("首次登录须先修改默认密码");
        }
        Answer weak = freshApi.post("/api/account/password", Map.of("oldPassword", "0", "newPassword", "12345678"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.firstField()).isEqualTo("newPassword");

        assertThat(freshApi.post("/api/account/password", Map.of("oldPassword", "0", "newPassword", "Spring-Fest-27")).status())
                .isEqualTo(204);
        assertThat(new ApiClient(port, fresh.accountId(), "Spring-Fest-27").get("/api/registrations").status()).isEqualTo(200);
        assertThat(new ApiClient(port, fresh.accountId(), "0").get("/api/registrations").status()).isEqualTo(401);
    }

    @Test
    void refusesWritesAfterTheDeadlineButKeepsReads() {
        long id = api.post("/api/registrations", SampleRegistrations.valid()).body().get("id").asLong();
        fixtures.clock().advance(Duration.ofDays(30));

        Answer create = api.post("/api/registrations", SampleRegistrations.valid());
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.firstMessage()).contains("申报系统已于").contains("关闭");
        JsonNode current = api.get("/api/registrations/" + id).body();
        assertThat(api.put("/api/registrations/" + id, current).status()).isEqualTo(403);
        assertThat(api.post("/api/registrations/" + id + "/submit", "").status()).isEqualTo(403);
        assertThat(api.delete("/api/registrations/" + id).status()).isEqualTo(403);

        assertThat(api.get("/api/registrations").status()).isEqualTo(200);
        assertThat(api.get("/api/registrations/" + id).status()).isEqualTo(200);
    }

    @Test
    void refusesADuplicateIdNumberAcrossUnitsWith409() {
        RegistrationForm form = SampleRegistrations.valid();
        assertThat(api.post("/api/registrations", form).status()).isEqualTo(201);

        Answer again = api.post("/api/registrations", form);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.firstMessage()).contains("本单位已登记");

        UnitLogin other = fixtures.newUnit();
        Answer elsewhere = new ApiClient(port, other.accountId(), other.password()).post("/api/registrations", form);
        assertThat(elsewhere.status()).isEqualTo(409);
        assertThat(elsewhere.firstField()).isEqualTo("idNumber");
        assertThat(elsewhere.firstMessage()).contains("已在本次活动中登记").doesNotContain(unit.unitCode(), unit.unitName());
    }

    @Test
    void refusesAStaleUpdateWith409() {
        long id = api.post("/api/registrations", SampleRegistrations.valid()).body().get("id").asLong();
        JsonNode first = api.get("/api/registrations/" + id).body();
        JsonNode second = first.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) first).put("address", "长春市南关区人民大街2号");
        ((com.fasterxml.jackson.databind.node.ObjectNode) second).put("address", "长春市绿园区青年路3号");

        assertThat(api.put("/api/registrations/" + id, first).status()).isEqualTo(200);
        Answer stale = api.put("/api/registrations/" + id, second);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.firstMessage()).contains("已被他人修改");
        assertThat(registrations.findById(id).orElseThrow().getAddress()).isEqualTo("长春市南关区人民大街2号");
    }

    @Test
    void flagsAWorkerListedAsAFamilyMemberElsewhereForReviewers(@Autowired DuplicateFlags flags) {
        String given = "伟刚强军磊洋勇杰涛明超辉鹏华飞鑫波斌宇浩凯健俊帆帅";
        java.util.Random random = new java.util.Random();
        String husbandName = "赵" + given.charAt(random.nextInt(given.length())) + given.charAt(random.nextInt(given.length()))
                + given.charAt(random.nextInt(given.length()));
        RegistrationForm husband = SampleRegistrations.valid();
        husband.setName(husbandName);
        long husbandId = api.post("/api/registrations", husband).body().get("id").asLong();
        int husbandAge = java.time.Period.between(
                org.warmaid.registration.validation.ResidentIdNumbers.birthDate(husband.getIdNumber()).orElseThrow(),
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))).getYears();

        UnitLogin other = fixtures.newUnit();
        RegistrationForm wife = SampleRegistrations.valid();
        wife.setName("孙梅");
        wife.setFamilyMembers(List.of(new FamilyMemberForm(husbandName, husbandAge, "配偶", "省交通运输厅")));
        Answer created = new ApiClient(port, other.accountId(), other.password()).post("/api/registrations", wife);
        long wifeId = created.body().get("id").asLong();

        assertThat(flags.findByRegistrationIdOrderByIdAsc(husbandId)).singleElement().satisfies(flag -> {
            assertThat(flag.getKind()).isEqualTo(DuplicateFlag.Kind.LISTED_AS_FAMILY_MEMBER);
            assertThat(flag.getOtherRegistrationId()).isEqualTo(wifeId);
        });
        assertThat(flags.findByRegistrationIdOrderByIdAsc(wifeId)).singleElement()
                .satisfies(flag -> assertThat(flag.getKind()).isEqualTo(DuplicateFlag.Kind.FAMILY_MEMBER_REGISTERED));
        assertThat(created.body().toString()).as("units do not see the flags").doesNotContain("赵刚（");
    }
}
