package org.warmaid.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.warmaid.support.ApplicationProcess;
import org.warmaid.support.Http;
import org.warmaid.support.PortalForms;
import org.warmaid.support.PortalSession;
import org.warmaid.support.StaffActions;
import org.warmaid.support.WebappSession;

/**
 * One application node in a JVM of its own (the packaged jar, production JVM settings), used over
 * HTTP as browsers use it: page sessions for the portal and finance, Tasklist sessions for the
 * reviewers. The sessions section of the benchmark runs the same work on a node that keeps its
 * sessions in the database and on one that keeps them in memory.
 */
final class PageNode {

    private static final String[] UNITS = {"U001", "U002", "U003"};
    private static final String[] UNION_HEADS = {"张伟", "李娜", "王芳"};

    final String label;
    private final ApplicationProcess node;
    private final String jdbcUrl;
    private final String user;
    private final String password;

    PageNode(String label, ApplicationProcess node, String jdbcUrl, String user, String password) {
        this.label = label;
        this.node = node;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** The browsers of one worker thread, each signed in once, as people are during a working day. */
    record Browsers(PortalSession unit, WebappSession party, WebappSession reviewer, Connection db) {
    }

    Browsers signIn() throws SQLException {
        return new Browsers(PortalSession.unit(node.port(), "U001", "张伟", org.warmaid.support.Fixtures.PASSWORD),
                WebappSession.login(new Http(node.port()), "tasklist", "party1", "demo"),
                WebappSession.login(new Http(node.port()), "tasklist", "reviewer", "demo"),
                DriverManager.getConnection(jdbcUrl, user, password));
    }

    /** One sign-in on the portal (login page, form post): its time in nanoseconds. */
    long timedSignIn(int i) {
        long start = System.nanoTime();
        PortalSession.unit(node.port(), UNITS[i % 3], UNION_HEADS[i % 3], org.warmaid.support.Fixtures.PASSWORD);
        return System.nanoTime() - start;
    }

    /** A unit's portal session for the rush. */
    PortalSession unitSession(int i) {
        return PortalSession.unit(node.port(), UNITS[i % 3], UNION_HEADS[i % 3], org.warmaid.support.Fixtures.PASSWORD);
    }

    /**
     * {@code count} registrations from entry to paid through the pages, on {@code threads} threads:
     * entered and submitted on the portal, the party's, the province's and the documents' review in
     * Tasklist, then a payout batch built and each payment confirmed on finance's batch page.
     */
    long lifecycles(List<Browsers> browsers, int count, String formPrefix) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        runOn(browsers.size(), thread -> {
            Browsers b = browsers.get(thread);
            while (next.getAndIncrement() < count) {
                long id = create(b.unit(), formPrefix);
                assertThat(b.unit().post("/portal/registrations/" + id + "/submit", Map.of()).statusCode()).isEqualTo(302);
                String reference = referenceOf(b.db(), id);
                complete(b.party(), reference, Map.of("partyDecision", "APPROVE"));
                complete(b.reviewer(), reference, Map.of("provincialDecision", "APPROVE", "aidAmount", 1000, "spotCheck", false));
                complete(b.reviewer(), reference, Map.of("document_ID_AND_BANK_CARD", "PASS", "document_DIAGNOSIS", "PASS"));
            }
        });
        PortalSession finance = PortalSession.staff(node.port(), "finance", "demo");
        long campaign = single(browsers.get(0).db(), "select id from campaign where status = 'OPEN'");
        HttpResponse<String> built = finance.post("/finance/batches", Map.of("campaign", String.valueOf(campaign)));
        String location = built.headers().firstValue("Location").orElse("");
        assertThat(location).as("batch built on %s", label).matches(".*/finance/batches/\\d+$");
        long batch = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Queue<Long> payments = new ConcurrentLinkedQueue<>(ids(browsers.get(0).db(),
                "select id from payment where batch_id = " + batch));
        List<PortalSession> officers = new ArrayList<>();
        for (int i = 0; i < browsers.size(); i++) {
            officers.add(PortalSession.staff(node.port(), "finance", "demo"));
        }
        runOn(browsers.size(), thread -> {
            for (Long payment = payments.poll(); payment != null; payment = payments.poll()) {
                assertThat(StaffActions.markPaid(officers.get(thread), payment, batch).statusCode()).isEqualTo(302);
            }
        });
        long elapsed = System.nanoTime() - start;
        assertThat(single(browsers.get(0).db(), "select count(*) from registration where stage = 'PAID' and name like '"
                + formPrefix + "%'")).as("every lifecycle of the turn paid on %s", label).isEqualTo(count);
        return elapsed;
    }

    /** A registration entered on the portal's form; its id. */
    static long create(PortalSession unit, String name) {
        var form = org.warmaid.support.SampleRegistrations.valid();
        form.setName(name);
        HttpResponse<String> saved = unit.post("/portal/registrations/new", PortalForms.fieldsOf(form));
        String location = saved.headers().firstValue("Location").orElse("");
        if (saved.statusCode() != 302 || !location.matches(".*/portal/registrations/\\d+$")) {
            throw new IllegalStateException("save answered " + saved.statusCode() + " " + location);
        }
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static void complete(WebappSession tasklist, String reference, Map<String, Object> values) {
        String task = tasklist.task(reference).get("id").asText();
        HttpResponse<String> done = tasklist.submitForm(task, values);
        assertThat(done.statusCode()).as("%s: %s", reference, done.body()).isEqualTo(204);
    }

    /** This node's JVM's processor time so far, in nanoseconds (all its threads). */
    long processorNanos() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(node.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
    }

    void stop() throws InterruptedException {
        node.stop();
    }

    private static String referenceOf(Connection db, long id) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select reference from registration where id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static long single(Connection db, String sql) throws SQLException {
        List<Long> values = ids(db, sql);
        return values.get(0);
    }

    private static List<Long> ids(Connection db, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return Collections.unmodifiableList(values);
    }

    @FunctionalInterface
    interface ThreadWork {
        void run(int thread) throws Exception;
    }

    static void runOn(int threads, ThreadWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                running.add(pool.submit((Callable<Object>) () -> {
                    work.run(thread);
                    return null;
                }));
            }
            for (Future<Object> done : running) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
