package org.warmaid.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.warmaid.registration.RegistrationForm;
import org.warmaid.support.ApiClient;
import org.warmaid.support.ApiClient.Answer;
import org.warmaid.support.ApplicationProcess;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Http;
import org.warmaid.support.OwnMariaDb;
import org.warmaid.support.PortalForms;
import org.warmaid.support.PortalSession;
import org.warmaid.support.SampleRegistrations;
import org.warmaid.support.StaffActions;
import org.warmaid.support.StoredState;
import org.warmaid.support.WebappSession;

/**
 * Two application nodes on one MariaDB database (Camunda's shared-database cluster), each with its
 * job executor running and its own engine host name ({@code node-a}, {@code node-b}, recorded in the
 * job log), with no load balancer pinning a browser to a node: what one node stores or remembers,
 * the other serves.
 *
 * <ul>
 * <li>The JSON API: a registration created on node A is read and submitted on node B.</li>
 * <li>One browser (an HTTP client with its cookies) on both nodes: a unit signed in on A saves a
 * registration on B and reads it, with the message of the save, on A; a party reviewer signed in to
 * Tasklist on A completes the review on B (Tasklist's XSRF token of A's session) and reads the review
 * page on A; one logout, on B, ends the portal session and the Tasklist session on both nodes.</li>
 * <li>{@value #DRAFTS} drafts are created through both nodes, then the administrator moves the entry
 * deadline a few seconds ahead (on node B), and both job executors race for the {@value #DRAFTS}
 * deadline timers: every draft, being complete, is declared at the closing time exactly once (one
 * Task_DeclareAtDeadline instance, one successful timer execution in the job log, one party-review
 * task), none is given up, no incident; both nodes' share of the timer executions is reported, not
 * asserted.</li>
 * <li>The login throttle: failures spread over both nodes block an address and lock an account at the
 * limits of one node; the administrator's unlock on B lets the account in on A.</li>
 * <li>Node A is killed ({@code kill -9}) while a unit is entering registrations through both nodes:
 * the unit goes on at node B without signing in again (an edit begun on A is saved on B), and every
 * save acknowledged before or after the kill is stored.</li>
 * </ul>
 */
class TwoNodesFaultIT {

    static final int DRAFTS = 500;

    @Test
    void twoNodesShareTheWorkAndEachDeadlineTimerEndsItsProcessOnce() throws Exception {
        try (OwnMariaDb db = OwnMariaDb.startFresh("cluster")) {
            ApplicationProcess.Settings settings = ApplicationProcess.Settings.of(db.jdbcUrl(), OwnMariaDb.USER,
                    OwnMariaDb.PASSWORD, "--camunda.bpm.job-execution.max-wait=2000",
                    // the test stands in for the balancer: its X-Forwarded-For gives each login an address of its own
                    "--warmaid.network.trusted-proxies=127.0.0.1");
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
        aBrowserGoesOnAtEitherNodeAndOneLogoutEndsItEverywhere(nodeA, nodeB);

        Map<Long, String> drafts = createDrafts(clients);
        try (Connection connection = db.connect()) {
            StoredState stored = new StoredState(connection);
            String ids = drafts.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
            Instant moved = Instant.now();
            onB.moveEntryDeadline(connection, Instant.now().plusSeconds(5));
            Instant until = Instant.now().plus(Duration.ofMinutes(3));
            String stillInEntry = "select count(*) from registration where stage in ('ENTERED', 'ELIGIBILITY_CHECK') and id in ("
                    + ids + ")";
            while (stored.count(stillInEntry) > 0 && Instant.now().isBefore(until)) {
                Thread.sleep(500);
            }
            Duration allEnded = Duration.between(moved, Instant.now());

            // every draft is complete: at the closing time each counts as declared and goes on to its party committee
            assertThat(stored.count("select count(*) from registration where stage = 'PARTY_REVIEW' and id in (" + ids + ")"))
                    .as("complete drafts declared at the deadline within three minutes").isEqualTo(DRAFTS);
            String processes = "(select p.ID_ from ACT_HI_PROCINST p join registration r on r.reference = p.BUSINESS_KEY_ "
                    + "where r.id in (" + ids + "))";
            assertThat(stored.count("select count(*) from (select PROC_INST_ID_ from ACT_HI_ACTINST where ACT_ID_ = 'Task_DeclareAtDeadline' "
                    + "and PROC_INST_ID_ in " + processes + " group by PROC_INST_ID_ having count(*) = 1) once"))
                    .as("processes declared exactly once at the deadline").isEqualTo(DRAFTS);
            assertThat(stored.count("select count(*) from ACT_HI_ACTINST where ACT_ID_ = 'EndEvent_Abandoned'"))
                    .as("nothing complete is given up").isZero();
            assertThat(stored.count("select count(*) from (select PROC_INST_ID_ from ACT_RU_TASK where TASK_DEF_KEY_ = 'Task_ReviewByPartyCommittee' "
                    + "and PROC_INST_ID_ in " + processes + " group by PROC_INST_ID_ having count(*) = 1) once"))
                    .as("one party-review task per process").isEqualTo(DRAFTS);
            assertThat(stored.count("select count(*) from ACT_RU_TASK where PROC_INST_ID_ in " + processes)).isEqualTo(DRAFTS);
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
            System.out.printf("[reliability] two nodes: %d drafts (%d created through node A, %d through node B) were "
                    + "declared at the deadline exactly once, %d s after the deadline was moved; timer executions per node %s; "
                    + "%d failed job attempts (retried)%n",
                    DRAFTS, createdOnA, DRAFTS - createdOnA, allEnded.toSeconds(), split, failedAttempts);
        }
        failuresOnBothNodesCountAgainstOneLimit(nodeA, nodeB, onB);
        try (Connection connection = db.connect()) {
            aUnitGoesOnAtNodeBWhenNodeAIsKilled(connection, nodeA, nodeB, onB);
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

    /**
     * One browser, its requests going to either node: signed in on A, a registration saved on B and
     * read on A; a Tasklist review done on B in the Tasklist session of A; one logout on B ends both
     * sessions on both nodes.
     */
    private static void aBrowserGoesOnAtEitherNodeAndOneLogoutEndsItEverywhere(ApplicationProcess nodeA,
            ApplicationProcess nodeB) {
        PortalSession onA = PortalSession.unit(nodeA.port(), "U001", "张伟", Fixtures.PASSWORD);
        PortalSession onB = onA.onPort(nodeB.port());
        RegistrationForm form = SampleRegistrations.valid();
        form.setName("司马两节");
        HttpResponse<String> saved = onB.post("/portal/registrations/new", PortalForms.fieldsOf(form));
        assertThat(saved.statusCode()).as("saved on node B in node A's session: %s", saved.body()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElse("");
        assertThat(location).matches(".*/portal/registrations/\\d+$");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String page = onA.get("/portal/registrations/" + id).body();
        assertThat(page).as("read on node A, with node B's message of the save").contains("司马两节", "已保存，登记编号");
        HttpResponse<String> submitted = onA.post("/portal/registrations/" + id + "/submit", Map.of());
        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(onB.get("/portal/registrations").body()).as("submitted on A, listed on B").contains("等待党委审核");

        // a party reviewer in another browser: Tasklist on A, the review completed on B with A's XSRF token
        WebappSession tasklistOnA = WebappSession.login(new Http(nodeA.port()), "tasklist", "party1", "demo");
        WebappSession tasklistOnB = tasklistOnA.onPort(nodeB.port());
        String taskId = tasklistOnB.task(referenceOf(page)).get("id").asText();
        HttpResponse<String> reviewed = tasklistOnB.submitForm(taskId, Map.of("partyDecision", "APPROVE"));
        assertThat(reviewed.statusCode()).as("the review completed on node B with the XSRF token of A: %s", reviewed.body())
                .isEqualTo(204);
        assertThat(tasklistOnA.http().get("/review/registrations/" + id).statusCode())
                .as("the review page on node A, signed in to Tasklist").isEqualTo(200);

        assertThat(onB.post("/logout", Map.of()).statusCode()).isEqualTo(302);
        for (PortalSession node : List.of(onA, onB)) {
            HttpResponse<String> after = node.http().send(node.http().request("/portal/registrations")
                    .header("Accept", "text/html").GET().build());
            assertThat(after.statusCode()).as("the portal after the logout on B").isEqualTo(302);
            assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
        }
        assertThat(tasklistOnB.logout().statusCode()).isEqualTo(200);
        assertThat(tasklistOnA.get("/task/count").statusCode()).as("Tasklist on A after the logout on B").isEqualTo(401);
        assertThat(tasklistOnB.get("/task/count").statusCode()).as("Tasklist on B after the logout on B").isEqualTo(401);
        System.out.println("[reliability] two nodes: one browser signed in on node A saved on B and read on A; Tasklist "
                + "signed in on A completed a review on B; one logout on B ended each session on both nodes");
    }

    private static String referenceOf(String page) {
        Matcher reference = Pattern.compile("\\d{4}-U001-\\d{4}").matcher(page);
        assertThat(reference.find()).as("the registration's reference on its page").isTrue();
        return reference.group();
    }

    /**
     * Failed logins through both nodes, each from an address of its own (X-Forwarded-For of the
     * local proxy): 3 on A and 2 on B from one address block that address for the account; 14 over
     * both nodes leave the account open, the 15th locks it on both; the administrator's unlock on B
     * lets it in on A.
     */
    private static void failuresOnBothNodesCountAgainstOneLimit(ApplicationProcess nodeA, ApplicationProcess nodeB,
            StaffActions onB) throws InterruptedException {
        Http a = new Http(nodeA.port());
        Http b = new Http(nodeB.port());
        // from zero: the second node's look for the initial password failed once at the start (StaffActions.unit)
        onB.unlockAccount("U002");
        for (int i = 0; i < 5; i++) {
            assertThat(apiLogin(i < 3 ? a : b, "wrong-" + i, "10.20.0.1").statusCode()).isEqualTo(401);
        }
        waitOutTheEnginesPause();
        assertThat(apiLogin(a, Fixtures.PASSWORD, "10.20.0.1").body()).as("the address, after 5 failures over both nodes")
                .contains("登录失败次数过多");
        assertThat(apiLogin(b, Fixtures.PASSWORD, "10.20.0.2").statusCode()).as("another address").isEqualTo(200);

        for (int i = 1; i <= 9; i++) {
            assertThat(apiLogin(i % 2 == 0 ? a : b, "wrong-" + i, "10.20.1." + i).statusCode()).isEqualTo(401);
        }
        waitOutTheEnginesPause();
        HttpResponse<String> open = apiLogin(a, Fixtures.PASSWORD, "10.20.2.1");
        assertThat(open.statusCode()).as("14 failures over both nodes: %s", open.body()).isEqualTo(200);
        assertThat(apiLogin(b, "wrong-15", "10.20.1.15").statusCode()).isEqualTo(401);
        waitOutTheEnginesPause();
        for (Http node : List.of(a, b)) {
            HttpResponse<String> locked = apiLogin(node, Fixtures.PASSWORD, "10.20.2.2");
            assertThat(locked.statusCode()).as("the 15th failure, on B, locks on both").isEqualTo(401);
            assertThat(locked.body()).contains("已临时锁定");
        }
        onB.unlockAccount("U002");
        assertThat(apiLogin(a, Fixtures.PASSWORD, "10.20.2.2").statusCode()).as("unlocked on B, let in on A").isEqualTo(200);
        System.out.println("[reliability] two nodes: 5 failures over both nodes blocked the address, the 15th over both "
                + "locked the account on both, the unlock on node B let it in on node A");
    }

    /**
     * The engine pauses an account for a second after a failed login (its own lock, kept short: see
     * application.yml); its lock time is stored in whole seconds, so the pause may last up to two.
     */
    private static void waitOutTheEnginesPause() throws InterruptedException {
        Thread.sleep(2_100);
    }

    private static HttpResponse<String> apiLogin(Http node, String password, String address) {
        return node.send(node.request("/api/registrations").header("Authorization", Http.basic("u002", password))
                .header("X-Forwarded-For", address).header("Accept", "application/json").GET().build());
    }

    /**
     * A unit enters registrations through both nodes in turn (entry reopened for it after the moved
     * deadline); after the sixth save node A is killed with SIGKILL, and the browser's requests go on
     * to node B (as a balancer does when a node refuses connections). The edit form read on A before
     * the kill is saved on B. Never sent to the login page; every acknowledged save stored.
     */
    private static void aUnitGoesOnAtNodeBWhenNodeAIsKilled(Connection db, ApplicationProcess nodeA,
            ApplicationProcess nodeB, StaffActions onB) throws Exception {
        onB.reopenEntry(db, "U003", Instant.now().plus(Duration.ofMinutes(30)));
        PortalSession browserOnA = PortalSession.unit(nodeA.port(), "U003", "王芳", Fixtures.PASSWORD);
        PortalSession browserOnB = browserOnA.onPort(nodeB.port());
        Map<Long, String> acknowledged = new LinkedHashMap<>();
        Map<Long, RegistrationForm> forms = new LinkedHashMap<>();
        long editedId = 0;
        Map<String, String> editForm = null;
        int afterKill = 0;
        for (int i = 0; i < 12; i++) {
            if (i == 6) {
                // the edit form of the first registration, read on A; it is submitted once A is gone
                editedId = forms.keySet().iterator().next();
                assertThat(browserOnA.get("/portal/registrations/" + editedId).statusCode()).isEqualTo(200);
                RegistrationForm edited = forms.get(editedId);
                edited.setName("欧阳改后");
                editForm = new LinkedHashMap<>(PortalForms.fieldsOf(edited));
                editForm.put("version", String.valueOf(new StoredState(db).count(
                        "select version from registration where id = ?", editedId)));
                editForm.put("_csrf", browserOnA.csrfToken());
                nodeA.kill();
            }
            String name = "欧阳" + "甲乙丙丁戊己庚辛壬癸子丑".charAt(i) + "节";
            RegistrationForm form = SampleRegistrations.valid();
            form.setName(name);
            HttpResponse<String> saved = saveOn(i % 2 == 0 ? browserOnA : browserOnB, browserOnB, PortalForms.fieldsOf(form));
            assertThat(saved.statusCode()).as("save %d: %s", i, saved.body()).isEqualTo(302);
            String location = saved.headers().firstValue("Location").orElse("");
            assertThat(location).as("save %d never sent to the login page", i).matches(".*/portal/registrations/\\d+$");
            long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
            acknowledged.put(id, name);
            forms.put(id, form);
            if (!nodeA.isAlive()) {
                afterKill++;
            }
        }
        HttpResponse<String> edit = browserOnB.postWithoutToken("/portal/registrations/" + editedId, editForm);
        assertThat(edit.statusCode()).as("the edit begun on A, saved on B: %s", edit.body()).isEqualTo(302);
        assertThat(edit.headers().firstValue("Location").orElse("")).doesNotContain("/login");
        acknowledged.put(editedId, "欧阳改后");

        for (Map.Entry<Long, String> saved : acknowledged.entrySet()) {
            String stored = new StoredState(db).rows("select name from registration where id = " + saved.getKey())
                    .get(0).get("name").toString();
            assertThat(stored).as("registration %d as acknowledged", saved.getKey()).isEqualTo(saved.getValue());
            assertThat(browserOnB.get("/portal/registrations/" + saved.getKey()).body()).contains(saved.getValue());
        }
        System.out.printf("[reliability] two nodes: node A killed after 6 of 12 saves; %d saves and an edit begun on A "
                + "went on at node B in the same session, no new login; all %d saved registrations stored as acknowledged, "
                + "the edited one with its edit%n",
                afterKill, acknowledged.size());
    }

    /** A form post as the balancer passes it on: to the node given, or to node B when that node refuses the connection. */
    private static HttpResponse<String> saveOn(PortalSession node, PortalSession nodeB, Map<String, String> fields) {
        try {
            return node.post("/portal/registrations/new", fields);
        } catch (IllegalStateException refused) {
            if (!(refused.getCause() instanceof java.net.ConnectException)) {
                throw refused;
            }
            return nodeB.post("/portal/registrations/new", fields);
        }
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
