package org.warmaid.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.warmaid.support.ApiClient;
import org.warmaid.support.ApplicationProcess;
import org.warmaid.support.OwnMariaDb;
import org.warmaid.support.PortalSession;
import org.warmaid.support.RegistrationLoad;
import org.warmaid.support.SampleRegistrations;
import org.warmaid.support.StaffActions;
import org.warmaid.support.StoredState;
import org.warmaid.support.StoredState.Stored;

/**
 * The application is killed with SIGKILL (no shutdown, transactions cut off) and started again on
 * the same database: (a) while six API clients create and submit registrations, (b) while a finance
 * officer confirms the payments of a payout batch one by one. The application runs in a JVM of its
 * own on a MariaDB server of the test's own.
 *
 * <p>Asserted after each restart: every registration acknowledged before the kill (201 for the
 * create, 200 for the submit) is stored exactly once with one process waiting at the right task;
 * nothing half-created (no registration without its process, no process without its registration,
 * no process stuck); entry-deadline timers created before the kill and due while the application was
 * down fire after the restart. For the payout: every confirmation acknowledged before the kill is
 * paid; importing the bank's result file afterwards pays the rest and reports the confirmed ones as
 * already settled; importing it again changes nothing; each payment is paid once (one paid payment,
 * one confirmation audit entry and one payment review step per registration, each process ended at
 * EndEvent_Paid once) and the paid amounts add up to the batch total.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashFaultIT {

    private static final int BATCH = 8;

    private OwnMariaDb db;
    private ApplicationProcess app;

    @BeforeAll
    void start() throws Exception {
        db = OwnMariaDb.startFresh("crash");
        app = ApplicationProcess.start("crash-node", ApplicationProcess.Settings.of(db.jdbcUrl(), OwnMariaDb.USER,
                OwnMariaDb.PASSWORD, "--camunda.bpm.job-execution.max-wait=2000"));
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    @Order(1)
    void killedWhileRegistrationsAreCreatedNothingAcknowledgedIsLostAndTimersResume() throws Exception {
        try {
            StaffActions staff = new StaffActions(app.port());
            ApiClient first = staff.unit("u001");
            ApiClient second = staff.unit("u002");
            ApiClient late = staff.unit("u003");
            List<Long> drafts = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                drafts.add(late.post("/api/registrations", SampleRegistrations.valid()).body().get("id").asLong());
            }
            // U003's deadline passes while the application is down: after the kill (5 s of load), before the restart
            Instant deadline;
            try (Connection connection = db.connect()) {
                staff.reopenEntry(connection, "U001", Instant.now().plus(Duration.ofDays(2)));
                staff.reopenEntry(connection, "U002", Instant.now().plus(Duration.ofDays(2)));
                deadline = Instant.now().plusSeconds(15);
                staff.moveEntryDeadline(connection, deadline);
            }
            Map<Long, RegistrationLoad.Acknowledged> created;
            Map<Long, RegistrationLoad.Acknowledged> submitted;
            long callsWithoutAnswer;
            try (RegistrationLoad load = RegistrationLoad.start(List.of(first, first, first, second, second, second),
                    List.of("U001", "U001", "U001", "U002", "U002", "U002"))) {
                // 5 s of load, but the kill comes at least 3 s before the deadline even on a slow machine
                Thread.sleep(Math.max(1_000, Math.min(5_000, Duration.between(Instant.now(), deadline).toMillis() - 3_000)));
                app.kill();
                created = load.created();
                submitted = load.submitted();
                load.close();
                callsWithoutAnswer = load.calls().stream().filter(call -> call.status() == 0).count();
                assertThat(load.calls()).as("no answer but success before the kill")
                        .allSatisfy(call -> assertThat(call.status()).isIn(0, 200, 201));
            }
            Instant killed = Instant.now();
            try (Connection connection = db.connect()) {
                assertThat(new StoredState(connection).count("select count(*) from ACT_RU_JOB j join registration r "
                        + "on r.reference = (select BUSINESS_KEY_ from ACT_RU_EXECUTION e where e.ID_ = j.PROCESS_INSTANCE_ID_) "
                        + "where j.HANDLER_TYPE_ = 'timer-transition' and r.unit_code = 'U003'"))
                        .as("U003's deadline timers, left by the killed application").isEqualTo(drafts.size());
            }
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline.plusSeconds(1)).toMillis()));
            app.start();
            Duration restart = Duration.between(killed, Instant.now());

            try (Connection connection = db.connect()) {
                StoredState stored = new StoredState(connection);
                // complete drafts count as declared at the closing time: each goes on to its party committee
                awaitStage(stored, drafts, "PARTY_REVIEW");
                Map<Long, Stored> registrations = stored.registrations();
                assertThat(registrations.keySet()).as("every acknowledged create is stored").containsAll(created.keySet());
                for (Stored registration : registrations.values()) {
                    assertThat(registration.processes()).as("process instances of %s", registration.reference()).isEqualTo(1);
                    if (drafts.contains(registration.id())) {
                        assertThat(registration.openTasks()).as(registration.reference()).containsExactly("Task_ReviewByPartyCommittee");
                        assertThat(registration.endEvents()).as(registration.reference()).isEmpty();
                    } else if (submitted.containsKey(registration.id()) || !registration.stage().equals("ENTERED")) {
                        assertThat(registration.stage()).as(registration.reference()).isEqualTo("PARTY_REVIEW");
                        assertThat(registration.openTasks()).as(registration.reference()).containsExactly("Task_ReviewByPartyCommittee");
                    } else {
                        assertThat(registration.openTasks()).as(registration.reference()).containsExactly("Task_EnterRegistration");
                    }
                }
                assertThat(stored.processesWithoutRegistration()).isZero();
                assertThat(stored.duplicatedPeople()).isZero();
                assertThat(stored.stuckProcesses()).isZero();
                assertThat(stored.incidentsOrExhaustedJobs()).isZero();
                assertThat(staff.unit("u001").post("/api/registrations", SampleRegistrations.valid()).status())
                        .as("the restarted application takes new registrations").isEqualTo(201);
                long storedUnacknowledged = registrations.size() - drafts.size() - created.size();
                System.out.printf("[reliability] kill -9 while registering: %d creates and %d submits acknowledged before the kill, "
                        + "all stored once at the right task; %d calls without an answer (in flight at the kill or sent to the dead node), %d registrations stored without an acknowledgement; "
                        + "started again %d s after the kill; %d deadline timers due during the downtime fired after the restart%n",
                        created.size(), submitted.size(), callsWithoutAnswer, storedUnacknowledged, restart.toSeconds(), drafts.size());
            }
        } catch (AssertionError | RuntimeException failure) {
            System.out.println("---- " + app.name() + " log tail ----\n" + app.logTail(120));
            throw failure;
        }
    }

    @Test
    @Order(2)
    void killedWhilePaymentsAreConfirmedNoPaymentIsMadeTwice() throws Exception {
        try {
            if (!app.isAlive()) {
                app.start();
            }
            StaffActions staff = new StaffActions(app.port());
            ApiClient unit = staff.unit("u001");
            BigDecimal approved = BigDecimal.ZERO;
            for (int i = 0; i < BATCH; i++) {
                var created = unit.post("/api/registrations", SampleRegistrations.valid());
                assertThat(created.status()).isEqualTo(201);
                assertThat(unit.post("/api/registrations/" + created.body().get("id").asLong() + "/submit", "").status()).isEqualTo(200);
                staff.approveForPayout(created.body().get("reference").asText(), 1000 + 10 * i);
                approved = approved.add(BigDecimal.valueOf(1000 + 10 * i));
            }
            long campaignId;
            List<Long> paymentIds;
            try (Connection connection = db.connect()) {
                StoredState stored = new StoredState(connection);
                campaignId = stored.count("select id from campaign where status = 'OPEN'");
                assertThat(stored.count("select count(*) from payment where status = 'WAITING'")).isEqualTo(BATCH);
            }
            long batchId = staff.buildBatch(campaignId);
            try (Connection connection = db.connect()) {
                paymentIds = new StoredState(connection).rows("select id from payment where batch_id = " + batchId + " order by id")
                        .stream().map(row -> ((Number) row.get("id")).longValue()).toList();
            }
            assertThat(paymentIds).hasSize(BATCH);
            PortalSession finance = staff.finance();
            byte[] bankResult = StaffActions.bankResultAllPaid(finance, batchId);

            Map<Long, Boolean> confirmedBeforeKill = new ConcurrentHashMap<>();
            ExecutorService officer = Executors.newSingleThreadExecutor();
            Future<?> confirming = officer.submit(() -> {
                for (Long paymentId : paymentIds) {
                    HttpResponse<String> marked = StaffActions.markPaid(finance, paymentId, batchId);
                    if (marked.statusCode() == 302 && finance.get("/finance/batches/" + batchId).body().contains("已登记为已发放")) {
                        confirmedBeforeKill.put(paymentId, true);
                    }
                }
                return null;
            });
            while (confirmedBeforeKill.size() < 3 && !confirming.isDone()) {
                Thread.sleep(20);
            }
            app.kill();
            officer.shutdownNow();
            int acknowledged = confirmedBeforeKill.size();
            assertThat(acknowledged).as("confirmations acknowledged before the kill").isBetween(3, BATCH - 1);
            long paidAtKill;
            try (Connection connection = db.connect()) {
                StoredState stored = new StoredState(connection);
                paidAtKill = stored.count("select count(*) from payment where status = 'PAID'");
                for (Long paymentId : confirmedBeforeKill.keySet()) {
                    assertThat(stored.count("select count(*) from payment where id = ? and status = 'PAID'", paymentId))
                            .as("payment %d, confirmed before the kill", paymentId).isEqualTo(1);
                }
            }

            app.start();
            PortalSession financeAgain = staff.finance();
            for (Long paymentId : confirmedBeforeKill.keySet()) {
                assertThat(StaffActions.markPaid(financeAgain, paymentId, batchId).statusCode()).isEqualTo(302);
                assertThat(financeAgain.get("/finance/batches/" + batchId).body())
                        .as("confirming payment %d again after the restart", paymentId).contains("该笔发放此前已处理，未作改动");
            }
            StaffActions.ImportReport imported = StaffActions.importAllPaid(financeAgain, batchId, bankResult);
            assertThat(imported.paid() + imported.unchanged()).isEqualTo(BATCH);
            assertThat(imported.unchanged()).as("paid before the kill, reported as settled").isEqualTo((int) paidAtKill);
            StaffActions.ImportReport again = StaffActions.importAllPaid(financeAgain, batchId, bankResult);
            assertThat(again).isEqualTo(new StaffActions.ImportReport(0, 0, BATCH, true));

            try (Connection connection = db.connect()) {
                StoredState stored = new StoredState(connection);
                String inBatch = "(select registration_id from payment where batch_id = " + batchId + ")";
                assertThat(stored.count("select count(*) from payment where batch_id = ? and status = 'PAID' and paid_slot = 1", batchId))
                        .isEqualTo(BATCH);
                assertThat(stored.count("select count(*) from payment where registration_id in " + inBatch + " and status = 'PAID'"))
                        .as("one paid payment per registration").isEqualTo(BATCH);
                assertThat(stored.rows("select sum(amount) total from payment where batch_id = " + batchId + " and status = 'PAID'")
                        .get(0).get("total")).isEqualTo(approved.setScale(2));
                assertThat(stored.rows("select total_amount from payout_batch where id = " + batchId).get(0).get("total_amount"))
                        .isEqualTo(approved.setScale(2));
                assertThat(stored.count("select count(*) from payout_batch where id = ? and status = 'SETTLED'", batchId)).isEqualTo(1);
                assertThat(stored.count("select count(*) from (select target_id from audit_event where action = 'PAYMENT_CONFIRM' "
                        + "and target_id in (select cast(id as char) from payment where batch_id = " + batchId + ") "
                        + "group by target_id having count(*) = 1) once")).as("one confirmation audited per payment").isEqualTo(BATCH);
                assertThat(stored.count("select count(*) from (select registration_id from review_step where task_key = 'Task_PayOut' "
                        + "and registration_id in " + inBatch + " group by registration_id having count(*) = 1) once"))
                        .as("one payment step in each review history").isEqualTo(BATCH);
                Map<Long, Stored> registrations = stored.registrations();
                List<Stored> paid = registrations.values().stream().filter(r -> r.stage().equals("PAID")).toList();
                assertThat(paid).hasSize(BATCH).allSatisfy(r -> assertThat(r.endEvents()).containsExactly("EndEvent_Paid"));
                assertThat(stored.stuckProcesses()).isZero();
                assertThat(stored.incidentsOrExhaustedJobs()).isZero();
                System.out.printf("[reliability] kill -9 while confirming payments: batch of %d (%s yuan); %d confirmations acknowledged "
                        + "and %d paid when killed; after the restart confirming again changed nothing, the result file paid %d "
                        + "and reported %d as settled, a second import changed nothing; %d paid once, sum %s = batch total%n",
                        BATCH, approved, acknowledged, paidAtKill, imported.paid(), imported.unchanged(),
                        BATCH, approved.setScale(2));
            }
        } catch (AssertionError | RuntimeException failure) {
            System.out.println("---- " + app.name() + " log tail ----\n" + app.logTail(120));
            throw failure;
        }
    }

    private static void awaitStage(StoredState stored, List<Long> ids, String stage) throws Exception {
        String list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (stored.count("select count(*) from registration where stage = ? and id in (" + list + ")", stage) < ids.size()
                && Instant.now().isBefore(until)) {
            Thread.sleep(500);
        }
        assertThat(stored.count("select count(*) from registration where stage = ? and id in (" + list + ")", stage))
                .as("registrations %s at %s", list, stage).isEqualTo(ids.size());
    }
}
