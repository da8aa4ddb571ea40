package org.warmaid.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmaid.registration.RegistrationForm;
import org.warmaid.support.ApiClient;
import org.warmaid.support.ApiClient.Answer;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.PortalForms;
import org.warmaid.support.PortalSession;
import org.warmaid.support.SampleRegistrations;

/**
 * Two sessions of one unit — a program on the JSON API and a person on the portal page — edit the
 * same registration from the same version. Tried: API first then page, page first then API, and
 * twelve editors (six per channel) saving at the same instant. Asserted: exactly one save wins,
 * every other one is told in Chinese (409 on the API; a message on the form that keeps what was
 * typed), the stored row is the winner's complete edit and its version moved by exactly one.
 */
@MariaDbIntegrationTest
class ConcurrentEditIT {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    static final String STALE = "该登记刚被他人修改";
    static final String STALE_READ = "该登记已被他人修改";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    UnitLogin unit;
    ApiClient api;
    RegistrationForm original;
    long id;

    @BeforeEach
    void aRegistrationInEntry() {
        fixtures.openCampaign();
        unit = fixtures.newUnit();
        api = new ApiClient(port, unit.accountId(), unit.password());
        original = SampleRegistrations.valid();
        Answer created = api.post("/api/registrations", original);
        assertThat(created.status()).isEqualTo(201);
        id = created.body().get("id").asLong();
    }

    @Test
    void theApiSavesFirstAndThePageIsToldWithItsInputKept() {
        PortalSession page = PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password());
        long versionOnPage = versionShownOn(page.get("/portal/registrations/" + id));
        Answer read = api.get("/api/registrations/" + id);
        assertThat(read.body().get("version").asLong()).isEqualTo(versionOnPage);

        ObjectNode apiEdit = read.body().deepCopy();
        apiEdit.put("phone", "0431-88880001");
        assertThat(api.put("/api/registrations/" + id, apiEdit).status()).isEqualTo(200);

        Map<String, String> typed = PortalForms.fieldsOf(withVersion(original, versionOnPage));
        typed.put("address", "长春市南关区页面修改路9号");
        typed.put("hardshipReason", "页面上输入的新困难原因，不能丢");
        HttpResponse<String> answer = page.post("/portal/registrations/" + id, typed);

        assertThat(answer.statusCode()).as("the form is shown again, not a redirect or an error page").isEqualTo(200);
        assertThat(answer.body()).contains(STALE_READ).contains("请刷新后重新修改")
                .contains("长春市南关区页面修改路9号").contains("页面上输入的新困难原因，不能丢");
        Map<String, Object> stored = stored();
        assertThat(stored.get("phone_shown")).isEqualTo("0431-88880001");
        assertThat(stored.get("address")).as("the losing page edit did not overwrite").isEqualTo(original.getAddress());
        assertThat(((Number) stored.get("version")).longValue()).isEqualTo(versionOnPage + 1);
    }

    @Test
    void thePageSavesFirstAndTheApiGets409() {
        Answer read = api.get("/api/registrations/" + id);
        long version = read.body().get("version").asLong();
        PortalSession page = PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password());
        Map<String, String> typed = PortalForms.fieldsOf(withVersion(original, versionShownOn(page.get("/portal/registrations/" + id))));
        typed.put("address", "长春市绿园区页面先到路1号");
        HttpResponse<String> saved = page.post("/portal/registrations/" + id, typed);
        assertThat(saved.statusCode()).isEqualTo(302);

        ObjectNode apiEdit = read.body().deepCopy();
        apiEdit.put("address", "接口迟到的地址");
        Answer late = api.put("/api/registrations/" + id, apiEdit);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.firstMessage()).contains(STALE_READ).contains("请刷新后重新修改");

        Map<String, Object> stored = stored();
        assertThat(stored.get("address")).isEqualTo("长春市绿园区页面先到路1号");
        assertThat(((Number) stored.get("version")).longValue()).isEqualTo(version + 1);
    }

    @Test
    void twelveEditorsSavingTheSameVersionAtOnceLeaveExactlyOneWinner() throws Exception {
        Answer read = api.get("/api/registrations/" + id);
        long version = read.body().get("version").asLong();
        int perChannel = 6;
        List<PortalSession> pages = new ArrayList<>();
        for (int i = 0; i < perChannel; i++) {
            pages.add(PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password()));
        }
        CyclicBarrier start = new CyclicBarrier(2 * perChannel);
        ExecutorService pool = Executors.newFixedThreadPool(2 * perChannel);
        List<CompletableFuture<Outcome>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < perChannel; i++) {
                String apiAddress = "接口并发地址" + i;
                ObjectNode edit = read.body().deepCopy();
                edit.put("address", apiAddress);
                calls.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    Answer answer = new ApiClient(port, unit.accountId(), unit.password()).put("/api/registrations/" + id, edit);
                    return new Outcome("api", apiAddress, answer.status(), answer.status() == 200,
                            answer.status() == 409 && answer.firstMessage().contains("修改"));
                }, pool));
                String pageAddress = "页面并发地址" + i;
                PortalSession page = pages.get(i);
                Map<String, String> typed = PortalForms.fieldsOf(withVersion(original, version));
                typed.put("address", pageAddress);
                String token = page.csrfToken();
                typed.put("_csrf", token);
                calls.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    HttpResponse<String> answer = page.postWithoutToken("/portal/registrations/" + id, typed);
                    return new Outcome("page", pageAddress, answer.statusCode(), answer.statusCode() == 302,
                            answer.statusCode() == 200 && answer.body().contains("被他人修改") && answer.body().contains(pageAddress));
                }, pool));
            }
            List<Outcome> outcomes = calls.stream().map(CompletableFuture::join).toList();
            List<Outcome> winners = outcomes.stream().filter(Outcome::won).toList();
            assertThat(winners).as("exactly one of %s", outcomes).hasSize(1);
            assertThat(outcomes.stream().filter(outcome -> !outcome.won()))
                    .as("every loser got the clear conflict answer: %s", outcomes)
                    .allMatch(Outcome::toldClearly).hasSize(2 * perChannel - 1);
            assertThat(outcomes).noneMatch(outcome -> outcome.status() >= 500);

            Map<String, Object> stored = stored();
            assertThat(stored.get("address")).as("the stored row is the winner's edit").isEqualTo(winners.get(0).address());
            assertThat(((Number) stored.get("version")).longValue()).isEqualTo(version + 1);
            assertThat(jdbc.queryForObject("select count(*) from registration where id = ?", Integer.class, id)).isEqualTo(1);
            System.out.printf("[reliability] concurrent edits: %d editors, winner %s, %d told of the conflict%n",
                    outcomes.size(), winners.get(0).channel(), outcomes.size() - 1);
        } finally {
            pool.shutdownNow();
        }
    }

    record Outcome(String channel, String address, int status, boolean won, boolean toldClearly) {
    }

    private Map<String, Object> stored() {
        return jdbc.queryForMap("select address, phone as phone_shown, version from registration where id = ?", id);
    }

    private static RegistrationForm withVersion(RegistrationForm form, long version) {
        form.setVersion(version);
        return form;
    }

    private static long versionShownOn(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher matcher = VERSION.matcher(page.body());
        assertThat(matcher.find()).as("the edit page carries the version").isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
