package org.warmaid.reliability;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.warmaid.support.ApiClient;
import org.warmaid.support.ApiClient.Answer;
import org.warmaid.support.ApplicationProcess;
import org.warmaid.support.Http;
import org.warmaid.support.OwnMariaDb;
import org.warmaid.support.PortalSession;
import org.warmaid.support.SampleRegistrations;
import org.warmaid.support.StaffActions;
import org.warmaid.support.StoredState;

/**
 * Two application nodes on one MariaDB database (Camunda's shared-database cluster), each with its
 * job executor running and its own engine host name ({@code node-a}, {@code node-b}, recorded in the
 * job log). What one node stores the other serves: a registration created on node A is read and
 * submitted on node B. {@value #DRAFTS} drafts are created through both nodes, then the
 * administrator moves the entry deadline a few seconds ahead (on node B), and both job executors
 * race for the {@value #DRAFTS} deadline timers.
 *
 * <p>Asserted: every draft ended at EndEvent_Abandoned exactly once (one end-event instance, one
 * successful timer execution in the job log, its stage changed once: version + 1), nothing left
 * open, no incident; both nodes' share of the timer executions is reported, not asserted. Sessions
 * are held in each node's memory: a page session of node A is sent to the login page by node B
 * (never a 500) — the load balancer pins a browser to its node (README) — while the JSON API with
 * HTTP Basic works on either node.
 */
class TwoNodesFaultIT {

    static final int DRAFTS = 500;

    @Test
    void twoNodesShareTheWorkAndEachDeadlineTimerEndsItsProcessOnce() throws Exception {
        try (OwnMariaDb db = OwnMariaDb.startFresh("cluster")) {
            ApplicationProcess.Settings settings = ApplicationProcess.Settings.of(db.jdbcUrl(), OwnMariaDb.USER,
                    OwnMariaDb.PASSWORD, "--camunda.bpm.job-execution.max-wait=2000");
            // one after the other: the first start creates the engine's and the application's tables
            try (ApplicationProcess nodeA = ApplicationProcess.start("cluster-node-a", settings.with(hostName("node-a")));
                    ApplicationProcess nodeB = ApplicationProcess.start("cluster-node-b", settings.with(hostName("node-b")))) {
                try {
                    run(db, nodeA, nodeB);
                } catch (AssertionError | RuntimeException failure) {
                    System.out.println("---- node A log tail ----\n" + nodeA.logTail(80));
                    System.out.println("---- node B log tail ----\n" + nodeB.logTail(80));
                    throw failure;
                }
            }
        }
    }

    private static String hostName(String name) {
        return "--camunda.bpm.generic-properties.properties.hostname=" + name;
    }

    private void run(OwnMariaDb db, ApplicationProcess nodeA, ApplicationProcess nodeB) throws Exception {
        StaffActions onA = new StaffActions(nodeA.port());
        StaffActions onB = new StaffActions(nodeB.port());
        List<ApiClient> clients = List.of(onA.unit("u001"), onA.unit("u002"), onA.unit("u003"),
                onB.unit("u001"), onB.unit("u002"), onB.unit("u003"));

        workOnOneNodeIsSeenOnTheOther(clients.get(0), clients.get(3));
        pageSessionsStayWithTheirNode(nodeA, nodeB);

        Map<Long, String> drafts = createDrafts(clients);
        try (Connection connection = db.connect()) {
            StoredState stored = new StoredState(connection);
            String ids = drafts.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
            long versionsBefore = stored.count("select sum(version) from registration where id in (" + ids + ")");
            Instant moved = Instant.now();
            onB.moveEntryDeadline(connection, Instant.now().plusSeconds(5));
            Instant until = Instant.now().plus(Duration.ofMinutes(3));
            while (stored.count("select count(*) from registration where stage = 'ABANDONED' and id in (" + ids + ")") < DRAFTS
                    && Instant.now().isBefore(until)) {
                Thread.sleep(500);
            }
            Duration allEnded = Duration.between(moved, Instant.now());

            assertThat(stored.count("select count(*) from registration where stage = 'ABANDONED' and id in (" + ids + ")"))
                    .as("drafts abandoned within three minutes").isEqualTo(DRAFTS);
            String processes = "(select p.ID_ from ACT_HI_PROCINST p join registration r on r.reference = p.BUSINESS_KEY_ "
                    + "where r.id in (" + ids + "))";
            assertThat(stored.count("select count(*) from (select PROC_INST_ID_ from ACT_HI_ACTINST where ACT_ID_ = 'EndEvent_Abandoned' "
                    + "and PROC_INST_ID_ in " + processes + " group by PROC_INST_ID_ having count(*) = 1) once"))
                    .as("processes with exactly one EndEvent_Abandoned").isEqualTo(DRAFTS);
            assertThat(stored.count("select count(*) from ACT_HI_ACTINST where ACT_ID_ = 'EndEvent_Abandoned'")).isEqualTo(DRAFTS);
            assertThat(stored.count("select count(*) from ACT_HI_PROCINST where END_ACT_ID_ = 'EndEvent_Abandoned' and STATE_ = 'COMPLETED'"))
                    .isEqualTo(DRAFTS);
            assertThat(stored.count("select sum(version) from registration where id in (" + ids + ")"))
                    .as("each stage changed once").isEqualTo(versionsBefore + DRAFTS);
            assertThat(stored.count("select count(*) from ACT_RU_EXECUTION where PROC_INST_ID_ in " + processes)).isZero();
            assertThat(stored.count("select count(*) from ACT_RU_JOB where HANDLER_TYPE_ = 'timer-transition'")).as("no timer left").isZero();
            assertThat(stored.incidentsOrExhaustedJobs()).isZero();
            assertThat(stored.count("select count(*) from (select PROCESS_INSTANCE_ID_ from ACT_HI_JOB_LOG where JOB_STATE_ = 2 "
                    + "and ACT_ID_ = 'BoundaryEvent_EntryDeadlinePassed' group by PROCESS_INSTANCE_ID_ having count(*) = 1) once"))
                    .as("one successful timer execution per process").isEqualTo(DRAFTS);
            Map<String, Long> split = new java.util.TreeMap<>();
            for (Map<String, Object> row : stored.rows("select HOSTNAME_ host, count(*) jobs from ACT_HI_JOB_LOG where JOB_STATE_ = 2 "
                    + "and ACT_ID_ = 'BoundaryEvent_EntryDeadlinePassed' group by HOSTNAME_")) {
                split.put(String.valueOf(row.get("host")), ((Number) row.get("jobs")).longValue());
            }
            long failedAttempts = stored.count("select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 1");
            long createdOnA = drafts.values().stream().filter("A"::equals).count();
            System.out.printf("[reliability] two nodes: %d drafts (%d created through node A, %d through node B) ended at "
                    + "EndEvent_Abandoned exactly once, %d s after the deadline was moved; timer executions per node %s; "
                    + "%d failed job attempts (retried)%n",
                    DRAFTS, createdOnA, DRAFTS - createdOnA, allEnded.toSeconds(), split, failedAttempts);
        }
    }

    /** Created on one node, read and submitted on the other, read back on the first. */
    private static void workOnOneNodeIsSeenOnTheOther(ApiClient onA, ApiClient onB) {
        Answer created = onA.post("/api/registrations", SampleRegistrations.valid());
        assertThat(created.status()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        Answer readOnB = onB.get("/api/registrations/" + id);
        assertThat(readOnB.status()).isEqualTo(200);
        assertThat(readOnB.body().get("reference").asText()).isEqualTo(created.body().get("reference").asText());
        assertThat(onB.post("/api/registrations/" + id + "/submit", "").status()).as("submitted on node B").isEqualTo(200);
        assertThat(onA.get("/api/registrations/" + id).body().get("stage").asText()).isEqualTo("PARTY_REVIEW");
        assertThat(onA.post("/api/registrations/" + id + "/submit", "").status()).as("a second submit, on node A").isEqualTo(409);
    }

    /** A page session lives in its node's memory: on the other node it is unknown, and the login page is shown. */
    private static void pageSessionsStayWithTheirNode(ApplicationProcess nodeA, ApplicationProcess nodeB) {
        PortalSession finance = PortalSession.staff(nodeA.port(), "finance", "demo");
        assertThat(finance.get("/finance/batches").statusCode()).isEqualTo(200);
        String session = finance.http().cookie("JSESSIONID");
        assertThat(session).isNotNull();
        Http other = new Http(nodeB.port());
        HttpResponse<String> onB = other.send(other.request("/finance/batches").header("Cookie", "JSESSIONID=" + session)
                .header("Accept", "text/html").GET().build());
        assertThat(onB.statusCode()).as("node A's session on node B").isEqualTo(302);
        assertThat(onB.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    /** Drafts created through both nodes by six API clients at once; which node created each. */
    private static Map<Long, String> createDrafts(List<ApiClient> clients) throws Exception {
        Map<Long, String> drafts = new ConcurrentHashMap<>();
        AtomicInteger remaining = new AtomicInteger(DRAFTS);
        ExecutorService threads = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients.size(); i++) {
                ApiClient client = clients.get(i);
                String node = i < clients.size() / 2 ? "A" : "B";
                running.add(threads.submit(() -> {
                    while (remaining.getAndDecrement() > 0) {
                        Answer created = client.post("/api/registrations", SampleRegistrations.valid());
                        assertThat(created.status()).as("create on node %s: %s", node, created.body()).isEqualTo(201);
                        drafts.put(created.body().get("id").asLong(), node);
                    }
                    return null;
                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(drafts).hasSize(DRAFTS);
        return drafts;
    }
}
