package org.warmaid.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmaid.privacy.KeyedHash;
import org.warmaid.registration.RegistrationForm;
import org.warmaid.support.ApiClient;
import org.warmaid.support.ApiClient.Answer;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.SampleRegistrations;

/**
 * Replays: a client whose connection dropped sends the same write again, possibly many times at
 * once. Tried: ten simultaneous creates with one Idempotency-Key; ten simultaneous submits of one
 * registration, without and with a key; a key reused for another body; a malformed key. Asserted:
 * one registration, one process, one completed entry task, one audit entry per write; every
 * repetition gets the first answer (with a key) or a clear 409 (without one).
 */
@MariaDbIntegrationTest
class ReplayIT {

    static final int CALLS = 10;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KeyedHash keyedHash;

    UnitLogin unit;
    ApiClient api;

    @BeforeEach
    void freshUnit() {
        fixtures.openCampaign();
        unit = fixtures.newUnit();
        api = new ApiClient(port, unit.accountId(), unit.password());
    }

    @Test
    void tenSimultaneousCreatesWithOneKeyCreateOneRegistrationAndOneProcess() {
        RegistrationForm form = SampleRegistrations.valid();
        String key = UUID.randomUUID().toString();
        List<Answer> answers = atOnce(() -> api.post("/api/registrations", form, Map.of("Idempotency-Key", key)));

        assertThat(answers).extracting(Answer::status).containsOnly(201);
        assertThat(answers).extracting(Answer::body).as("every repetition got the first answer").containsOnly(answers.get(0).body());
        String reference = answers.get(0).body().get("reference").asText();
        assertThat(count("select count(*) from registration where id_number_hash = ?", keyedHash.of(form.getIdNumber()))).isEqualTo(1);
        assertThat(count("select count(*) from registration where unit_code = ?", unit.unitCode())).isEqualTo(1);
        assertThat(count("select count(*) from ACT_HI_PROCINST where BUSINESS_KEY_ = ?", reference)).isEqualTo(1);
        assertThat(count("select count(*) from ACT_HI_PROCINST where BUSINESS_KEY_ like ?", "%-" + unit.unitCode() + "-%"))
                .as("no process of a repetition").isEqualTo(1);
        assertThat(count("select count(*) from audit_event where action = 'REGISTRATION_CREATE' and outcome = 'SUCCESS' and target_id = ?",
                reference)).isEqualTo(1);
        assertThat(count("select count(*) from idempotent_request where account_id = ? and idem_key = ?", unit.accountId(), key))
                .isEqualTo(1);
        LocalDateTime keyStoredAt = jdbc.queryForObject("select created_at from idempotent_request where account_id = ? "
                + "and idem_key = ?", LocalDateTime.class, unit.accountId(), key);
        LocalDateTime createAudited = jdbc.queryForObject("select occurred_at from audit_event where action = "
                + "'REGISTRATION_CREATE' and target_id = ?", LocalDateTime.class, reference);
        assertThat(Duration.between(createAudited, keyStoredAt).abs()).as("stored in UTC, as every instant")
                .isLessThan(Duration.ofMinutes(1));

        Answer later = api.post("/api/registrations", form, Map.of("Idempotency-Key", key));
        assertThat(later.status()).isEqualTo(201);
        assertThat(later.body()).isEqualTo(answers.get(0).body());
        System.out.printf("[reliability] replayed create: %d simultaneous + 1 later call, 1 registration %s, 1 process%n",
                CALLS, reference);
    }

    @Test
    void aKeyUsedForAnotherRequestOrMalformedIsRefusedClearly() {
        String key = UUID.randomUUID().toString();
        assertThat(api.post("/api/registrations", SampleRegistrations.valid(), Map.of("Idempotency-Key", key)).status()).isEqualTo(201);
        Answer other = api.post("/api/registrations", SampleRegistrations.valid(), Map.of("Idempotency-Key", key));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.firstMessage()).contains("已用于另一项不同的请求");
        Answer malformed = api.post("/api/registrations", SampleRegistrations.valid(), Map.of("Idempotency-Key", "bad key with spaces"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.firstMessage()).contains("Idempotency-Key 格式不正确");
        assertThat(count("select count(*) from registration where unit_code = ?", unit.unitCode())).isEqualTo(1);
    }

    @Test
    void aRefusedFirstAttemptStoresNothingAndTheCorrectedRetryIsNotBlocked() {
        String key = UUID.randomUUID().toString();
        RegistrationForm invalid = SampleRegistrations.valid();
        invalid.setIdNumber("123");
        assertThat(api.post("/api/registrations", invalid, Map.of("Idempotency-Key", key)).status()).isEqualTo(400);
        assertThat(count("select count(*) from idempotent_request where account_id = ? and idem_key = ?", unit.accountId(), key))
                .isZero();
        assertThat(api.post("/api/registrations", SampleRegistrations.valid(), Map.of("Idempotency-Key", key)).status())
                .isEqualTo(201);
    }

    @Test
    void tenSimultaneousSubmitsMoveTheRegistrationOnce() {
        Answer created = api.post("/api/registrations", SampleRegistrations.valid());
        long id = created.body().get("id").asLong();
        String reference = created.body().get("reference").asText();

        List<Answer> answers = atOnce(() -> api.post("/api/registrations/" + id + "/submit", ""));

        assertThat(answers.stream().filter(answer -> answer.status() == 200)).hasSize(1);
        assertThat(answers.stream().filter(answer -> answer.status() != 200))
                .as("the others are told it was submitted already: %s", answers)
                .hasSize(CALLS - 1)
                .allMatch(answer -> answer.status() == 409 && answer.firstMessage().contains("单位不能再修改、删除或上报"));
        assertSubmittedOnce(reference);
    }

    @Test
    void tenSimultaneousSubmitsWithOneKeyAllGetTheFirstAnswer() {
        Answer created = api.post("/api/registrations", SampleRegistrations.valid());
        long id = created.body().get("id").asLong();
        String reference = created.body().get("reference").asText();
        String key = UUID.randomUUID().toString();

        List<Answer> answers = atOnce(() -> api.post("/api/registrations/" + id + "/submit", "", Map.of("Idempotency-Key", key)));

        assertThat(answers).extracting(Answer::status).containsOnly(200);
        assertThat(answers).extracting(Answer::body).containsOnly(answers.get(0).body());
        assertSubmittedOnce(reference);
        System.out.printf("[reliability] replayed submit: %d simultaneous calls, entry task completed once%n", CALLS);
    }

    private void assertSubmittedOnce(String reference) {
        assertThat(count("select count(*) from ACT_HI_TASKINST t join ACT_HI_PROCINST p on t.PROC_INST_ID_ = p.ID_ "
                + "where p.BUSINESS_KEY_ = ? and t.TASK_DEF_KEY_ = 'Task_EnterRegistration'", reference))
                .as("one entry task, completed once").isEqualTo(1);
        assertThat(count("select count(*) from ACT_HI_TASKINST t join ACT_HI_PROCINST p on t.PROC_INST_ID_ = p.ID_ "
                + "where p.BUSINESS_KEY_ = ? and t.TASK_DEF_KEY_ = 'Task_ReviewByPartyCommittee'", reference))
                .as("one party review task").isEqualTo(1);
        assertThat(count("select count(*) from ACT_RU_TASK t join ACT_RU_EXECUTION e on t.PROC_INST_ID_ = e.ID_ "
                + "where e.BUSINESS_KEY_ = ?", reference)).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where action = 'REGISTRATION_SUBMIT' and outcome = 'SUCCESS' and target_id = ?",
                reference)).isEqualTo(1);
    }

    private List<Answer> atOnce(Supplier<Answer> call) {
        CyclicBarrier start = new CyclicBarrier(CALLS);
        ExecutorService pool = Executors.newFixedThreadPool(CALLS);
        try {
            List<CompletableFuture<Answer>> calls = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return call.get();
                }, pool));
            }
            List<Answer> answers = calls.stream().map(CompletableFuture::join).toList();
            assertThat(answers).noneMatch(answer -> answer.status() >= 500);
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private int count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Integer.class, arguments);
    }
}
