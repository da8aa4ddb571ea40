package org.warmaid.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmaid.privacy.KeyedHash;
import org.warmaid.support.ApiClient;
import org.warmaid.support.ApiClient.Answer;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.SampleRegistrations;

/**
 * Two units create the same worker at the same moment on MariaDB: the unique key decides, one
 * gets 201 and the other 409, and nothing of the losing attempt is left behind.
 */
@MariaDbIntegrationTest
class DuplicateUnderConcurrencyIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KeyedHash keyedHash;

    @RepeatedTest(3)
    void oneOfTwoConcurrentCreatesOfTheSameIdNumberWins() throws Exception {
        fixtures.openCampaign();
        UnitLogin first = fixtures.newUnit();
        UnitLogin second = fixtures.newUnit();
        RegistrationForm form = SampleRegistrations.valid();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Answer>> calls = List.of(first, second).stream()
                    .map(unit -> CompletableFuture.supplyAsync(() -> {
                        ApiClient api = new ApiClient(port, unit.accountId(), unit.password());
                        await(start);
                        return api.post("/api/registrations", form);
                    }, pool))
                    .toList();
            List<Integer> statuses = calls.stream().map(CompletableFuture::join).map(Answer::status).sorted().toList();
            assertThat(statuses).containsExactly(201, 409);
        } finally {
            pool.shutdownNow();
        }

        String hash = keyedHash.of(form.getIdNumber());
        assertThat(jdbc.queryForObject("select count(*) from registration where id_number_hash = ?", Integer.class, hash))
                .isEqualTo(1);
        String reference = jdbc.queryForObject("select reference from registration where id_number_hash = ?", String.class, hash);
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION where BUSINESS_KEY_ = ? and PARENT_ID_ is null",
                Integer.class, reference)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where BUSINESS_KEY_ like ?", Integer.class,
                "%-" + first.unitCode() + "-%") + jdbc.queryForObject(
                "select count(*) from ACT_HI_PROCINST where BUSINESS_KEY_ like ?", Integer.class,
                "%-" + second.unitCode() + "-%")).as("no process of the losing attempt").isEqualTo(1);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
