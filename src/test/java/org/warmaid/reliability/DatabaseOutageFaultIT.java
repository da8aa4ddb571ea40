package org.warmaid.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.warmaid.support.ApiClient;
import org.warmaid.support.ApplicationProcess;
import org.warmaid.support.Http;
import org.warmaid.support.OwnMariaDb;
import org.warmaid.support.RegistrationLoad;
import org.warmaid.support.RegistrationLoad.Call;
import org.warmaid.support.SampleRegistrations;
import org.warmaid.support.StaffActions;
import org.warmaid.support.StoredState;
import org.warmaid.support.StoredState.Stored;

/**
 * The database goes away under load and comes back. The application runs in a JVM of its own on a
 * MariaDB server of the test's own (never the machine's shared one). Six API clients of two units
 * create and submit registrations back to back; after some seconds the database server is killed
 * (SIGKILL, connections broken), the clients go on for {@value #OUTAGE_SECONDS} seconds, then the
 * server is started again on the same data directory. The entry deadline of a third unit falls
 * inside the outage, so its drafts' deadline timers come due while the job executor cannot reach the
 * database.
 *
 * <p>Asserted: every API call during the outage was answered, and every refusal is a clean 503 with
 * the Chinese message "数据库暂时不可用，请稍后重试" (never a 500, a stack trace or an HTML page); the
 * login page, which lists the units, answers 503 with the same message on the error page; after the
 * restart the connection pool recovers (a create succeeds within a bounded wait) and the job
 * executor fires the overdue timers (the third unit's drafts, complete, count as declared); every registration
 * acknowledged to a client (201, 200) is stored exactly once with one process waiting at the right
 * task, nothing stored without its process or the other way round, no process stuck, no incident.
 */
class DatabaseOutageFaultIT {

    static final int OUTAGE_SECONDS = 12;
    private static final String UNAVAILABLE = "数据库暂时不可用，请稍后重试";

    @Test
    void requestsDuringAnOutageFailCleanlyAndNothingAcknowledgedIsLost() throws Exception {
        try (OwnMariaDb db = OwnMariaDb.startFresh("outage");
                ApplicationProcess app = ApplicationProcess.start("outage-node", ApplicationProcess.Settings.of(
                        db.jdbcUrl(), OwnMariaDb.USER, OwnMariaDb.PASSWORD,
                        // acquire jobs at least every 2 s when idle, so the overdue timers are not left waiting for the default 60 s
                        "--camunda.bpm.job-execution.max-wait=2000"))) {
            try {
                run(db, app);
            } catch (AssertionError | RuntimeException failure) {
                System.out.println("---- " + app.name() + " log tail ----\n" + app.logTail(120));
                throw failure;
            }
        }
    }

    private void run(OwnMariaDb db, ApplicationProcess app) throws Exception {
        StaffActions staff = new StaffActions(app.port());
        ApiClient first = staff.unit("u001");
        ApiClient second = staff.unit("u002");
        ApiClient late = staff.unit("u003");
        List<Long> drafts = new ArrayList<>();
        Instant deadline;
        for (int i = 0; i < 5; i++) {
            var created = late.post("/api/registrations", SampleRegistrations.valid());
            assertThat(created.status()).isEqualTo(201);
            drafts.add(created.body().get("id").asLong());
        }
        try (Connection connection = db.connect()) {
            staff.reopenEntry(connection, "U001", Instant.now().plus(Duration.ofDays(2)));
            staff.reopenEntry(connection, "U002", Instant.now().plus(Duration.ofDays(2)));
            // after the kill (5 s of load), before the restart (12 s later)
            deadline = Instant.now().plusSeconds(11);
            staff.moveEntryDeadline(connection, deadline);
        }

        Instant outageStart;
        Instant restarted;
        boolean recovered;
        Duration recovery;
        List<Call> calls;
        Map<Long, RegistrationLoad.Acknowledged> created;
        Map<Long, RegistrationLoad.Acknowledged> submitted;
        HttpResponse<String> loginPage;
        try (RegistrationLoad load = RegistrationLoad.start(List.of(first, first, first, second, second, second),
                List.of("U001", "U001", "U001", "U002", "U002", "U002"))) {
            // 5 s of load, but the fault comes at least 3 s before the deadline even on a slow machine
            Thread.sleep(Math.max(1_000, Math.min(5_000, Duration.between(Instant.now(), deadline).toMillis() - 3_000)));
            outageStart = Instant.now();
            db.kill();
            Http browser = new Http(app.port());
            loginPage = browser.send(browser.request("/login").header("Accept", "text/html").GET().build());
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), outageStart.plusSeconds(OUTAGE_SECONDS)).toMillis()));
            db.start();
            restarted = Instant.now();
            recovered = load.awaitAcknowledgedCreateAfter(restarted, Duration.ofSeconds(60));
            recovery = Duration.between(restarted, Instant.now());
            Thread.sleep(1_000);
            load.close();
            calls = load.calls();
            created = load.created();
            submitted = load.submitted();
        }
        assertThat(recovered).as("a create succeeds within 60 s of the database's return").isTrue();
        assertThat(deadline).as("U003's deadline, inside the outage").isBetween(outageStart, restarted);

        List<Call> duringOutage = calls.stream()
                .filter(call -> call.at().isAfter(outageStart) && call.at().isBefore(restarted)).toList();
        List<Call> refused = calls.stream().filter(call -> call.status() >= 300 || call.status() == 0).toList();
        Map<String, Long> refusals = refused.stream()
                .collect(Collectors.groupingBy(call -> call.status() + " " + call.message(), TreeMap::new, Collectors.counting()));
        assertThat(refused).as("refusals: %s", refusals)
                .allSatisfy(call -> {
                    assertThat(call.status()).isEqualTo(503);
                    assertThat(call.message()).isEqualTo(UNAVAILABLE);
                });
        assertThat(duringOutage).as("calls answered during the outage").isNotEmpty();
        assertThat(loginPage.statusCode()).as("the login page (it lists the units) during the outage").isEqualTo(503);
        assertThat(loginPage.body()).contains("数据库暂时不可用").doesNotContain("Exception", "at org.");

        try (Connection connection = db.connect()) {
            StoredState stored = new StoredState(connection);
            awaitDeclared(stored, drafts);
            Map<Long, Stored> registrations = stored.registrations();
            assertThat(created.keySet()).as("every acknowledged create is stored").isSubsetOf(registrations.keySet());
            for (Stored registration : registrations.values()) {
                assertThat(registration.processes()).as("process instances of %s", registration.reference()).isEqualTo(1);
            }
            for (Long id : submitted.keySet()) {
                Stored registration = registrations.get(id);
                assertThat(registration.stage()).as(registration.reference()).isEqualTo("PARTY_REVIEW");
                assertThat(registration.openTasks()).as(registration.reference()).containsExactly("Task_ReviewByPartyCommittee");
            }
            long createdOnly = 0;
            for (Stored registration : registrations.values()) {
                if (drafts.contains(registration.id())) {
                    continue;
                }
                if (registration.stage().equals("ENTERED")) {
                    createdOnly++;
                    assertThat(registration.openTasks()).as(registration.reference()).containsExactly("Task_EnterRegistration");
                } else {
                    assertThat(registration.stage()).as(registration.reference()).isEqualTo("PARTY_REVIEW");
                    assertThat(registration.openTasks()).as(registration.reference()).containsExactly("Task_ReviewByPartyCommittee");
                }
            }
            assertThat(stored.processesWithoutRegistration()).isZero();
            assertThat(stored.duplicatedPeople()).isZero();
            assertThat(stored.stuckProcesses()).isZero();
            assertThat(stored.incidentsOrExhaustedJobs()).as("incidents or failed jobs").isZero();

            long notAcknowledged = registrations.size() - drafts.size() - created.size();
            System.out.printf("[reliability] database outage: %d calls (%d during the %d s outage), refusals %s; "
                    + "first acknowledged create %d ms after the database returned; %d creates and %d submits acknowledged, "
                    + "all stored once at the right task; %d stored without an acknowledgement (answer lost), %d left as drafts; "
                    + "%d overdue deadline timers fired after the outage%n",
                    calls.size(), duringOutage.size(), OUTAGE_SECONDS, refusals, recovery.toMillis(), created.size(),
                    submitted.size(), notAcknowledged, createdOnly, drafts.size());
        }
    }

    /**
     * The drafts whose deadline passed during the outage are complete: once the job executor is back
     * each counts as declared and waits for its party committee, none is given up.
     */
    private static void awaitDeclared(StoredState stored, List<Long> drafts) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        String ids = drafts.stream().map(String::valueOf).collect(Collectors.joining(","));
        while (stored.count("select count(*) from registration where stage = 'PARTY_REVIEW' and id in (" + ids + ")") < drafts.size()
                && Instant.now().isBefore(until)) {
            Thread.sleep(500);
        }
        Map<Long, Stored> registrations = stored.registrations();
        for (Long id : drafts) {
            Stored draft = registrations.get(id);
            assertThat(draft.stage()).as("draft %s after its deadline", draft.reference()).isEqualTo("PARTY_REVIEW");
            assertThat(draft.openTasks()).containsExactly("Task_ReviewByPartyCommittee");
            assertThat(draft.endEvents()).isEmpty();
        }
    }
}
