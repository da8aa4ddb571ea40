package org.warmaid.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmaid.accounts.AccessGroups;
import org.warmaid.accounts.AccountDirectory;
import org.warmaid.accounts.NewAccount;
import org.warmaid.support.ApiClient;
import org.warmaid.support.ApiClient.Answer;
import org.warmaid.support.EngineRest;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.SampleRegistrations;

/**
 * Two provincial reviewers open the same review task in Tasklist and press 完成 at the same moment
 * (engine REST submit-form, HTTP Basic). Tried three times, with opposite decisions (approve with
 * 1200 yuan / return). Asserted: one gets 204, the other a 409 with a clear Chinese message and
 * nothing of its decision applied; the process took exactly one step (one completed task in the
 * history, one next task, the winner's variables) and the review history has one entry.
 */
@MariaDbIntegrationTest
class ConcurrentReviewIT {

    static final String SECOND_REVIEWER = "reviewer-rel2";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountDirectory directory;

    @BeforeEach
    void secondProvincialReviewer() {
        directory.ensureAccount(new NewAccount(SECOND_REVIEWER, "钱审核", Fixtures.PASSWORD,
                List.of(AccessGroups.PROVINCIAL_REVIEWERS)));
    }

    @RepeatedTest(3)
    void twoReviewersCompletingOneTaskAtOnceMoveTheProcessOnce() throws Exception {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        ApiClient api = new ApiClient(port, unit.accountId(), unit.password());
        Answer created = api.post("/api/registrations", SampleRegistrations.valid());
        long id = created.body().get("id").asLong();
        String reference = created.body().get("reference").asText();
        assertThat(api.post("/api/registrations/" + id + "/submit", "").status()).isEqualTo(200);
        EngineRest party = new EngineRest(port, fixtures.newPartyReviewer(unit.unitCode()), Fixtures.PASSWORD);
        assertThat(party.submitForm(party.task(reference).get("id").asText(), Map.of("partyDecision", "APPROVE")).status())
                .isEqualTo(204);

        EngineRest first = new EngineRest(port, "reviewer", "demo");
        EngineRest second = new EngineRest(port, SECOND_REVIEWER, Fixtures.PASSWORD);
        String taskId = first.task(reference).get("id").asText();
        assertThat(second.task(reference).get("id").asText()).isEqualTo(taskId);

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<CompletableFuture<Answer>> calls = new ArrayList<>();
        try {
            calls.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return first.submitForm(taskId, Map.of("provincialDecision", "APPROVE", "aidAmount", 1200, "spotCheck", false));
            }, pool));
            calls.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return second.submitForm(taskId, Map.of("provincialDecision", "RETURN", "provincialComment", "请补充收入证明",
                        "spotCheck", false));
            }, pool));
            List<Answer> answers = calls.stream().map(CompletableFuture::join).toList();
            List<Integer> statuses = answers.stream().map(Answer::status).sorted().toList();
            assertThat(statuses).as("%s", answers).containsExactly(204, 409);
            Answer loser = answers.stream().filter(answer -> answer.status() == 409).findFirst().orElseThrow();
            assertThat(loser.body().get("message").asText()).contains("已由其他人办理");
            boolean approved = answers.get(0).status() == 204;

            assertThat(count("select count(*) from ACT_HI_TASKINST t join ACT_HI_PROCINST p on t.PROC_INST_ID_ = p.ID_ "
                    + "where p.BUSINESS_KEY_ = ? and t.TASK_DEF_KEY_ = 'Task_ReviewByProvincialUnion'", reference))
                    .as("one provincial review task, completed once").isEqualTo(1);
            assertThat(jdbc.queryForList("select concat(actor, ' ', decision) from review_step where registration_id = ? "
                    + "and task_key = 'Task_ReviewByProvincialUnion'", String.class, id))
                    .as("one entry in the review history, the winner's")
                    .containsExactly(approved ? "reviewer APPROVE" : SECOND_REVIEWER + " RETURN");
            assertThat(count("select count(*) from ACT_RU_TASK t join ACT_RU_EXECUTION e on t.PROC_INST_ID_ = e.ID_ "
                    + "where e.BUSINESS_KEY_ = ?", reference)).as("exactly one next task").isEqualTo(1);
            String nextTask = jdbc.queryForObject("select t.TASK_DEF_KEY_ from ACT_RU_TASK t join ACT_RU_EXECUTION e "
                    + "on t.PROC_INST_ID_ = e.ID_ where e.BUSINESS_KEY_ = ?", String.class, reference);
            assertThat(nextTask).isEqualTo(approved ? "Task_CheckSupportingDocuments" : "Task_EnterRegistration");
            assertThat(count("select count(*) from ACT_HI_VARINST v join ACT_HI_PROCINST p on v.PROC_INST_ID_ = p.ID_ "
                    + "where p.BUSINESS_KEY_ = ? and v.NAME_ = 'provincialDecision'", reference)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select v.TEXT_ from ACT_HI_VARINST v join ACT_HI_PROCINST p on v.PROC_INST_ID_ = p.ID_ "
                    + "where p.BUSINESS_KEY_ = ? and v.NAME_ = 'provincialDecision'", String.class, reference))
                    .isEqualTo(approved ? "APPROVE" : "RETURN");
            assertThat(jdbc.queryForObject("select stage from registration where id = ?", String.class, id))
                    .isEqualTo(approved ? "DOCUMENT_CHECK" : "RETURNED");
            System.out.printf("[reliability] concurrent review: winner %s, loser 409, process moved once to %s%n",
                    approved ? "reviewer" : SECOND_REVIEWER, nextTask);
        } finally {
            pool.shutdownNow();
        }
    }

    private int count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Integer.class, arguments);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
