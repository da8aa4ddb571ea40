package org.warmaid.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmaid.benchmark.Measure.fmt;
import static org.warmaid.benchmark.Measure.intProperty;
import static org.warmaid.benchmark.Measure.perSecond;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.accounts.IdentityAuthenticationProvider;
import org.warmaid.accounts.LoginThrottle;
import org.warmaid.bulkimport.ImportResult;
import org.warmaid.bulkimport.RegistrationImport;
import org.warmaid.campaign.Campaign;
import org.warmaid.eligibility.Prechecks;
import org.warmaid.payout.Batches;
import org.warmaid.payout.Payment;
import org.warmaid.payout.PayoutBatch;
import org.warmaid.process.benchmark.BareDecisions;
import org.warmaid.registration.EntryCompleteness;
import org.warmaid.registration.Household;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationForm;
import org.warmaid.registration.RegistrationDirectory;
import org.warmaid.registration.Registry;
import org.warmaid.registration.Stage;
import org.warmaid.reporting.ProvincialWorkbooks;
import org.warmaid.reporting.UnitSummaries;
import org.warmaid.support.ApiClient;
import org.warmaid.support.ApplicationProcess;
import org.warmaid.support.PortalSession;
import org.warmaid.support.RegistrationLoad;
import org.warmaid.support.StaffActions;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Journeys;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.SampleRegistrations;

/**
 * The benchmark suite (README "Performance"): each figure next to its baseline measured in the same
 * run, printed and written to target/benchmark-report.md. Asserts correctness only, never timings.
 * Run by {@code mvn -Pbenchmark verify}; sizes come from system properties (bench.*).
 */
@MariaDbIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WarmAidBenchmark {

    static final Report report = new Report();

    /** The application's statements, counted on its one data source. */
    static final StatementCounter appStatements = new StatementCounter();

    @TestConfiguration
    static class CountedDataSource {

        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && name.equals("dataSource")
                            ? appStatements.wrap("warm-aid", dataSource) : bean;
                }
            };
        }
    }

    static final int LIFECYCLES = intProperty("bench.lifecycles", 600);
    static final int LIFECYCLE_ROUNDS = intProperty("bench.lifecycleRounds", 6);
    static final int LIFECYCLE_WARMUP = intProperty("bench.lifecycleWarmup", 500);
    static final int LIFECYCLE_WARMUP_MAX = intProperty("bench.lifecycleWarmupMax", 3000);
    static final int WARMUP_BATCH = 100;
    /**
     * A side is warm once its JIT compiler takes less than this share of its processor time in
     * {@link #WARM_BATCHES} batches in a row. With one batch under 20 % the sides' warm-ups ended
     * anywhere between 9 and 19 %, and the compiler's remaining work fell into one side's measured
     * rounds and not the other's (up to a fifth of its processor time there).
     */
    static final double WARM_COMPILER_SHARE = 0.10;
    static final int WARM_BATCHES = 2;
    static final int THREADS = intProperty("bench.threads", 4);
    static final int CLIENTS = intProperty("bench.clients", 50);
    static final int RUSH_SECONDS = intProperty("bench.rushSeconds", 60);
    static final int EXPORT_ROWS = intProperty("bench.exportRows", 100_000);
    static final int EXPORT_UNITS = intProperty("bench.exportUnits", 100);
    static final int RULES_SECONDS = intProperty("bench.rulesSeconds", 10);
    static final int IMPORT_ROWS = intProperty("bench.importRows", 10_000);
    static final int GROWTH_BASE = intProperty("bench.growthBase", 250);
    static final int GROWTH_LIFECYCLES = intProperty("bench.growthLifecycles", 50);
    static final int STATEMENTS_LISTED = intProperty("bench.statementsListed", 40);
    static final List<Integer> OPEN_RATES = Measure.intListProperty("bench.openRates", List.of(10, 20, 40));
    static final int OPEN_SECONDS = intProperty("bench.openSeconds", 30);
    static final int OPEN_WARMUP_SECONDS = intProperty("bench.openWarmupSeconds", 10);
    static final int OPEN_UNITS = intProperty("bench.openUnits", 50);
    static final int OPEN_THREADS = intProperty("bench.openThreads", 400);
    static final int SESSION_LIFECYCLES = intProperty("bench.sessionLifecycles", 200);
    static final int SESSION_WARMUP = intProperty("bench.sessionWarmup", 100);
    static final int SESSION_ROUNDS = intProperty("bench.sessionRounds", 4);
    static final int SESSION_CLIENTS = intProperty("bench.sessionClients", 20);
    static final int SESSION_RUSH_SECONDS = intProperty("bench.sessionRushSeconds", 20);
    static final int SESSION_SIGN_INS = intProperty("bench.sessionSignIns", 40);

    static {
        FreshDatabase.recreateIfAsked();
    }

    @LocalServerPort
    int port;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Value("${spring.datasource.username}")
    String databaseUser;

    @Value("${spring.datasource.password}")
    String databasePassword;

    @Autowired
    Environment environment;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Journeys journeys;

    @Autowired
    Registry registry;

    @Autowired
    RegistrationDirectory registrations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Batches batches;

    @Autowired
    Prechecks prechecks;

    @Autowired
    RegistrationImport imports;

    @Autowired
    UnitSummaries unitSummaries;

    @Autowired
    ProvincialWorkbooks provincialWorkbooks;

    @Autowired
    IdentityAuthenticationProvider accounts;

    @Autowired
    EntryCompleteness completeness;

    @Autowired
    LoginThrottle throttle;

    Campaign campaign;
    AccountPrincipal finance;

    @BeforeAll
    void setUp() {
        processor = new ProcessorTime(databaseUrl.matches("jdbc:\\w+://(127\\.0\\.0\\.1|localhost)[:/].*"));
        campaign = fixtures.openCampaign();
        finance = accounts.principalOf("finance");
        report.setting("database", databaseUrl);
        report.setting("driver properties (the application's, also given to the bare engine)", driverProperties());
        report.setting("bench.lifecycles (lifecycle registrations)", LIFECYCLES);
        report.setting("bench.lifecycleRounds (turns each side takes)", LIFECYCLE_ROUNDS);
        report.setting("bench.threads (lifecycle and fill threads)", THREADS);
        report.setting("bench.clients (rush clients)", CLIENTS);
        report.setting("bench.rushSeconds", RUSH_SECONDS);
        report.setting("bench.openRates (registrations/s) / bench.openSeconds / bench.openWarmupSeconds",
                OPEN_RATES + " / " + OPEN_SECONDS + " s / " + OPEN_WARMUP_SECONDS + " s");
        report.setting("bench.openUnits / bench.openThreads (open-loop rush units, client threads)", OPEN_UNITS + " / " + OPEN_THREADS);
        report.setting("bench.exportRows / bench.exportUnits", EXPORT_ROWS + " / " + EXPORT_UNITS);
        report.setting("bench.rulesSeconds (per variant)", RULES_SECONDS);
        report.setting("bench.importRows", IMPORT_ROWS);
        report.setting("bench.growthBase / bench.growthLifecycles", GROWTH_BASE + " / " + GROWTH_LIFECYCLES);
        report.setting("registrations in the database at start", registrationCount());
    }

    @AfterAll
    void writeReport() {
        report.write();
        System.out.println("[benchmark] report written to target/benchmark-report.md");
    }

    // ---------------------------------------------------------------- 1. lifecycle

    @Test
    @Order(0)
    void lifecycle() throws Exception {
        String section = "1. Whole lifecycle";
        settleWaitingPayments();
        String bareUrl = databaseUrl.replaceAll("/([^/?]+)(\\?.*)?$", "/$1_bare");
        String authorizedUrl = databaseUrl.replaceAll("/([^/?]+)(\\?.*)?$", "/$1_bare_auth");
        Turns app = new Turns();
        Turns bare = new Turns();
        Turns authorized = new Turns();
        Measure.Sampler memory = new Measure.Sampler();
        String warmups;
        try (BaselineEngine bareEngine = new BaselineEngine(bareUrl, databaseUser, databasePassword, driverProperties(),
                false, Path.of("target", "benchmark-baseline-bare.log"));
                BaselineEngine authorizedEngine = new BaselineEngine(authorizedUrl, databaseUser, databasePassword,
                        driverProperties(), true, Path.of("target", "benchmark-baseline-authorized.log"));
                memory) {
            // warm-up of every side, not measured; the three at once, each in its own JVM, so that the three
            // compilers work side by side while each side's single warm-up thread waits for the database
            ExecutorService warmingUp = Executors.newFixedThreadPool(3);
            Future<Warmup> appWarmingUp = warmingUp.submit(() -> warmUp("Warm Aid", (batch, threads) -> {
                lifecycles(batch, threads);
                return lastLifecycleProcessor;
            }));
            Future<Warmup> bareWarmingUp = warmingUp.submit(() -> warmUp("the bare engine",
                    (batch, threads) -> warmupTurn(bareEngine, batch, threads)));
            Future<Warmup> authorizedWarmingUp = warmingUp.submit(() -> warmUp("the bare engine with authorization",
                    (batch, threads) -> warmupTurn(authorizedEngine, batch, threads)));
            warmingUp.shutdown();
            Warmup appWarmup = appWarmingUp.get();
            Warmup bareWarmup = bareWarmingUp.get();
            Warmup authorizedWarmup = authorizedWarmingUp.get();
            warmups = "Warm Aid " + appWarmup + ", bare engine " + bareWarmup + ", with authorization " + authorizedWarmup;
            // the sides take turns (bare, authorized, Warm Aid, Warm Aid, authorized, bare, …), so that a change
            // in the machine's load hits all alike
            for (int round = 0; round < LIFECYCLE_ROUNDS; round++) {
                int count = LIFECYCLES / LIFECYCLE_ROUNDS + (round < LIFECYCLES % LIFECYCLE_ROUNDS ? 1 : 0);
                String prefix = "run" + round + "-" + System.nanoTime();
                List<Callable<Object>> order = new ArrayList<>(List.of(
                        () -> bare.take(() -> bareEngine.run(count, THREADS, prefix)),
                        () -> authorized.take(() -> authorizedEngine.run(count, THREADS, prefix)),
                        () -> app.add(lifecycles(count, THREADS), lastLifecycleProcessor, lastLifecycleCounts)));
                if (round % 2 == 1) {
                    Collections.reverse(order);
                }
                for (Callable<Object> turn : order) {
                    turn.call();
                }
            }
        }
        double appRate = perSecond(LIFECYCLES, app.nanos);
        double bareRate = perSecond(LIFECYCLES, bare.nanos);
        double authorizedRate = perSecond(LIFECYCLES, authorized.nanos);
        report.figure(section, "registrations, threads", LIFECYCLES + ", " + THREADS);
        report.figure(section, "warm-up lifecycles of each side (the JIT compiler's share of its processor time in the last "
                + WARMUP_BATCH + " on one thread)", warmups);
        report.figure(section, "Warm Aid lifecycles/s (create, submit, party, province, documents, batch, paid)", fmt(appRate));
        report.figure(section, "bare engine lifecycles/s (same BPMN, no-op delegates, database " + bareUrl.replaceAll(".*/", "") + ")", fmt(bareRate));
        report.figure(section, "ratio Warm Aid / bare engine", fmt(appRate / bareRate));
        report.figure(section, "ratio Warm Aid / bare engine in each round, in order", app.ratioPerRound(bare));
        report.figure(section, "bare engine with the application's authorization, lifecycles/s (database "
                + authorizedUrl.replaceAll(".*/", "") + ")", fmt(authorizedRate));
        report.figure(section, "ratio Warm Aid / bare engine with authorization", fmt(appRate / authorizedRate));
        report.figure(section, "JDBC executions per lifecycle, Warm Aid / bare engine / with authorization (a batch counts once)",
                app.perLifecycle(c -> c.executions()) + " / " + bare.perLifecycle(c -> c.executions()) + " / "
                        + authorized.perLifecycle(c -> c.executions()));
        report.figure(section, "commits per lifecycle, Warm Aid / bare engine / with authorization",
                app.perLifecycle(c -> c.commits()) + " / " + bare.perLifecycle(c -> c.commits()) + " / "
                        + authorized.perLifecycle(c -> c.commits()));
        report.figure(section, "processor time per lifecycle in the JVM (ms), Warm Aid / bare engine / with authorization",
                app.jvmMillis() + " / " + bare.jvmMillis() + " / " + authorized.jvmMillis());
        if (app.processorTime.compilerNanos() >= 0) {
            report.figure(section, "of it in the JIT compiler's threads (ms), Warm Aid / bare engine / with authorization",
                    app.compilerMillis() + " / " + bare.compilerMillis() + " / " + authorized.compilerMillis());
            report.figure(section, "the JIT compiler's time per lifecycle in each round (ms), Warm Aid", app.compilerMillisPerRound());
        }
        if (processor.knowsDatabase()) {
            report.figure(section, "processor time per lifecycle in the MariaDB server (ms), Warm Aid / bare engine / with authorization",
                    app.databaseMillis() + " / " + bare.databaseMillis() + " / " + authorized.databaseMillis());
        }
        report.figure(section, "peak heap during the run (MB, sampled)", memory.peakHeapMb());
        report.figure(section, "peak resident memory during the run (MB, sampled VmRSS)", memory.peakRssMb());
        memory(memory, "lifecycle run");
        report.note(section, "All sides run the same number of lifecycles on " + THREADS + " threads, each after a warm-up "
                + "that lasts until the JIT compiler has compiled its code (the three sides at once, each in batches of "
                + WARMUP_BATCH + " lifecycles on one thread, so that the compilers are not starved, at least "
                + LIFECYCLE_WARMUP + " and at most "
                + LIFECYCLE_WARMUP_MAX + ", until the compiler takes less than " + fmt(100 * WARM_COMPILER_SHARE)
                + " % of the side's processor time in " + WARM_BATCHES + " batches in a row, then one batch on all threads; before that the compiler's "
                + "work, a third of the application's processor time for its first thousand lifecycles on " + THREADS
                + " threads, would be measured as the side's), "
                + "in " + LIFECYCLE_ROUNDS + " rounds taken in turns (bare, bare with authorization, Warm Aid, Warm Aid, "
                + "bare with authorization, bare, …) so that a change in the machine's load during the run falls on all alike; "
                + "the rates are over the summed times. Each baseline engine runs in a JVM of its own with this JVM's heap and "
                + "collector settings, so that each side's JIT compiler compiles that side's code alone and is measured with "
                + "it, as for a single engine in production (in one JVM, the engine code the sides share was compiled in "
                + "whichever side's turn it came up, for the mix of types all three use). "
                + "Each reviewer signs in once, as a Tasklist session does, and every round ends with its own payout batch. "
                + "Warm Aid goes through Registry (create, submit), the Tasklist's TaskService as the party reviewer and the "
                + "provincial reviewer (with all listeners: stage tracking, review records, eligibility DMN, required documents, "
                + "payment enlistment), then a payout batch per round and Batches.mark(paid) per payment by " + THREADS + " finance officers at once, "
                + "which correlates the payout message. The bare engine starts, completes the four user tasks and correlates the "
                + "same message, on as many threads. The bare engine with authorization does the same with the engine's "
                + "authorization on as the application configures it (each reviewer task grants its candidate group the task "
                + "permission, the unit's entry task none), the party committee's and the province's tasks completed by reviewers "
                + "signed in with their group: the baseline of the goal is the bare engine without it. Processor time is each "
                + "side's JVM's (all its threads, garbage collection and compilation included; the JIT compiler's threads also "
                + "on their own) and the local MariaDB server's over each side's timed spans.");
        report.note(section, statementTable("Warm Aid", app.counts) + "\n" + statementTable("bare engine", bare.counts));
        report.goal("lifecycle ratio ≥ 0.6 of bare engine", fmt(appRate / bareRate), appRate / bareRate >= 0.6);
        report.write();
    }

    /** How many lifecycles warmed a side up, and its JIT compiler's share of its processor time in the last batch. */
    record Warmup(int lifecycles, double compilerShare) {

        @Override
        public String toString() {
            return lifecycles + " (" + fmt(100 * compilerShare) + " %)";
        }
    }

    /**
     * Runs a side's warm-up in batches until its JIT compiler's share of the side's processor time
     * stays below {@link #WARM_COMPILER_SHARE} for {@link #WARM_BATCHES} batches: at least {@link #LIFECYCLE_WARMUP} lifecycles, at
     * most {@link #LIFECYCLE_WARMUP_MAX}. Until then the compiler is still compiling the side's code, and
     * its work would be measured as the side's. The batches run on one thread, so that the compiler
     * (one thread per JVM) is not starved by the side's own workers and is done after fewer
     * lifecycles; a last batch on all threads follows, unmeasured.
     */
    private static Warmup warmUp(String side, WarmupBatch batch) throws Exception {
        int done = 0;
        int warmInARow = 0;
        double share = 0;
        List<String> shares = new ArrayList<>();
        while (done < LIFECYCLE_WARMUP_MAX) {
            ProcessorTime.Reading spent = batch.run(WARMUP_BATCH, 1);
            done += WARMUP_BATCH;
            share = spent.compilerNanos() < 0 ? 0 : (double) spent.compilerNanos() / spent.jvmNanos();
            shares.add(fmt(100 * share));
            warmInARow = share < WARM_COMPILER_SHARE ? warmInARow + 1 : 0;
            if (done >= LIFECYCLE_WARMUP && warmInARow >= WARM_BATCHES) {
                break;
            }
        }
        batch.run(WARMUP_BATCH, THREADS);
        done += WARMUP_BATCH;
        System.out.println("[benchmark] warm-up of " + side + ", the JIT compiler's share of its processor time in each "
                + WARMUP_BATCH + " lifecycles on one thread (%): " + String.join(", ", shares));
        return new Warmup(done, share);
    }

    @FunctionalInterface
    private interface WarmupBatch {
        /** Runs that many lifecycles of the side on that many threads; returns the side's processor time. */
        ProcessorTime.Reading run(int lifecycles, int threads) throws Exception;
    }

    private static ProcessorTime.Reading warmupTurn(BaselineEngine engine, int lifecycles, int threads) throws Exception {
        BaselineEngine.Run run = engine.run(lifecycles, threads, "warm" + System.nanoTime());
        return new ProcessorTime.Reading(run.jvmNanos(), run.compilerNanos(), -1);
    }

    /** One side of the lifecycle comparison: its time, processor time and database work summed over its turns. */
    private final class Turns {

        final List<Long> turnNanos = new ArrayList<>();
        final List<Long> turnCompilerNanos = new ArrayList<>();
        long nanos;
        ProcessorTime.Reading processorTime = ProcessorTime.NONE;
        StatementCounter.Counts counts = StatementCounter.Counts.NONE;

        /**
         * A baseline engine's turn: its time, processor time and statements as its own JVM measured
         * them, and the database server's processor time around the turn.
         */
        Turns take(Callable<BaselineEngine.Run> turn) throws Exception {
            ProcessorTime.Reading before = processor.now();
            BaselineEngine.Run run = turn.call();
            long database = processor.now().since(before).databaseNanos();
            return add(run.elapsedNanos(), new ProcessorTime.Reading(run.jvmNanos(), run.compilerNanos(), database),
                    run.counts());
        }

        Turns add(long elapsed, ProcessorTime.Reading processorSpent, StatementCounter.Counts done) {
            nanos += elapsed;
            turnNanos.add(elapsed);
            turnCompilerNanos.add(processorSpent.compilerNanos());
            processorTime = processorTime.plus(processorSpent);
            counts = counts.plus(done);
            return this;
        }

        String perLifecycle(ToLongFunction<StatementCounter.Counts> figure) {
            return fmt((double) figure.applyAsLong(counts) / LIFECYCLES);
        }

        /** This side's rate over the other's in each round, in the order of the rounds. */
        String ratioPerRound(Turns other) {
            List<String> ratios = new ArrayList<>();
            for (int round = 0; round < turnNanos.size(); round++) {
                ratios.add(fmt((double) other.turnNanos.get(round) / turnNanos.get(round)));
            }
            return String.join(", ", ratios);
        }

        String jvmMillis() {
            return fmt(processorTime.jvmNanos() / 1e6 / LIFECYCLES);
        }

        String compilerMillis() {
            return fmt(processorTime.compilerNanos() / 1e6 / LIFECYCLES);
        }

        /** The JIT compiler's time per lifecycle in each of this side's turns, in the order of the rounds. */
        String compilerMillisPerRound() {
            List<String> millis = new ArrayList<>();
            for (int round = 0; round < turnNanos.size(); round++) {
                millis.add(fmt(turnCompilerNanos.get(round) / 1e6 / ((double) LIFECYCLES / turnNanos.size())));
            }
            return String.join(", ", millis);
        }

        String databaseMillis() {
            return fmt(processorTime.databaseNanos() / 1e6 / LIFECYCLES);
        }
    }

    /** The application's driver properties (spring.datasource.hikari.data-source-properties). */
    private Map<String, String> driverProperties() {
        return Binder.get(environment).bind("spring.datasource.hikari.data-source-properties",
                Bindable.mapOf(String.class, String.class)).orElse(Map.of());
    }

    /** The statements one side ran most often, per lifecycle: where its round trips go. */
    private static String statementTable(String side, StatementCounter.Counts counts) {
        StringBuilder table = new StringBuilder("Statements " + side + " ran most often, per lifecycle:\n\n| per lifecycle | statement |\n|---|---|\n");
        for (Map.Entry<String, Long> entry : counts.mostFrequent(STATEMENTS_LISTED)) {
            table.append("| ").append(fmt((double) entry.getValue() / LIFECYCLES)).append(" | `")
                    .append(entry.getKey().replace("|", "\\|").replace("`", "'")).append("` |\n");
        }
        return table.toString();
    }

    /** The database work of the last {@link #lifecycles} call, over the same span as its time. */
    StatementCounter.Counts lastLifecycleCounts;
    /** The processor time of the last {@link #lifecycles} call, over the same span as its time. */
    ProcessorTime.Reading lastLifecycleProcessor;
    /** This JVM's and the local database server's processor time. */
    ProcessorTime processor;

    /** N registrations from creation to paid, through the application's services; returns the elapsed time. */
    long lifecycles(int count, int threads) throws Exception {
        Fixtures.UnitLogin unit = fixtures.newUnit();
        AccountPrincipal account = accounts.principalOf(unit.accountId());
        AccountPrincipal party = accounts.principalOf(fixtures.newPartyReviewer(unit.unitCode()));
        AccountPrincipal reviewer = accounts.principalOf("reviewer");
        AtomicInteger next = new AtomicInteger();
        List<Registration> done = Collections.synchronizedList(new ArrayList<>());
        StatementCounter.Counts before = appStatements.counts();
        ProcessorTime.Reading processorAtStart = processor.now();
        long start = System.nanoTime();
        runOn(threads, () -> {
            while (next.getAndIncrement() < count) {
                Registration registration = registry.create(account, UniqueIds.form());
                registry.submit(account, registration.getId());
                journeys.complete(registration, party, Map.of("partyDecision", "APPROVE"));
                journeys.complete(registration, reviewer, Map.of("provincialDecision", "APPROVE", "aidAmount", 1000,
                        "spotCheck", false));
                journeys.complete(registration, reviewer, Map.of("document_ID_AND_BANK_CARD", "PASS",
                        "document_DIAGNOSIS", "PASS"));
                done.add(registration);
            }
            return null;
        });
        PayoutBatch batch = batches.build(finance, campaign.getId());
        // finance confirms the batch's payments as the reviewers worked: several officers at once
        Queue<Long> toConfirm = new ConcurrentLinkedQueue<>(batches.payments(batch.getId()).stream().map(Payment::getId).toList());
        runOn(threads, () -> {
            for (Long paymentId = toConfirm.poll(); paymentId != null; paymentId = toConfirm.poll()) {
                batches.mark(finance, paymentId, true, "");
            }
            return null;
        });
        long elapsed = System.nanoTime() - start;
        lastLifecycleProcessor = processor.now().since(processorAtStart);
        lastLifecycleCounts = appStatements.counts().since(before);
        long paid = done.stream().filter(r -> registrations.findById(r.getId()).orElseThrow().getStage() == Stage.PAID).count();
        assertThat(paid).as("every lifecycle ends paid").isEqualTo(count);
        return elapsed;
    }

    private void settleWaitingPayments() {
        if (batches.waiting(campaign.getId()) > 0) {
            PayoutBatch leftovers = batches.build(finance, campaign.getId());
            batches.payments(leftovers.getId()).forEach(payment -> batches.mark(finance, payment.getId(), true, ""));
        }
    }

    // ---------------------------------------------------------------- 2. deadline rush

    @Test
    @Order(2)
    void deadlineRush() throws Exception {
        String section = "2. Deadline rush over HTTP";
        RushUnits units = rushUnits(CLIENTS);
        Measure.Sampler memory = new Measure.Sampler();
        long start = System.nanoTime();
        RegistrationLoad load;
        try (memory) {
            load = RegistrationLoad.start(units.clients(), units.codes(), UniqueIds::form);
            Thread.sleep(RUSH_SECONDS * 1000L);
            load.close();
        }
        long elapsed = System.nanoTime() - start;
        List<RegistrationLoad.Call> calls = load.calls();
        long[] sorted = Measure.sorted(calls.stream().map(RegistrationLoad.Call::nanos).toList());
        List<RegistrationLoad.Call> failed = calls.stream().filter(RegistrationLoad.Call::failed).toList();
        RushCheck check = check(units, load.created(), load.submitted());

        report.figure(section, "clients (units), duration", CLIENTS + ", " + RUSH_SECONDS + " s");
        report.figure(section, "registrations created and submitted (acknowledged)", load.submitted().size());
        report.figure(section, "throughput (registrations/s, each = create + submit)", fmt(perSecond(load.submitted().size(), elapsed)));
        report.figure(section, "HTTP requests/s", fmt(perSecond(sorted.length, elapsed)));
        report.figure(section, "latency p50 / p95 / p99 (ms, per request)", quantiles(sorted));
        report.figure(section, "errors", failed.size());
        rushCheckFigures(section, check);
        report.figure(section, "peak heap during the rush (MB, sampled)", memory.peakHeapMb());
        report.figure(section, "peak resident memory during the rush (MB, sampled VmRSS)", memory.peakRssMb());
        memory(memory, "rush");
        errorSamples(section, failed);
        report.note(section, "Each client is its own unit account, authenticating every request with HTTP Basic "
                + "(BCrypt check included), creating a valid registration and submitting it, back to back, for the whole duration.");
        report.goal("zero errors in the rush", String.valueOf(failed.size()), failed.isEmpty());
        report.goal("zero lost registrations in the rush", check.toString(), check.allKept());
        report.write();
        assertThat(check.allKept()).as("the rush's acknowledged registrations: %s", check).isTrue();
    }

    /** Fresh units for a rush, each with its own JSON API client (HTTP Basic), as a unit's program sends. */
    private record RushUnits(List<String> codes, List<ApiClient> clients) {
    }

    private RushUnits rushUnits(int count) {
        List<String> codes = new ArrayList<>();
        List<ApiClient> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Fixtures.UnitLogin unit = fixtures.newUnit();
            codes.add(unit.unitCode());
            clients.add(new ApiClient(port, unit.accountId(), unit.password()));
        }
        return new RushUnits(codes, clients);
    }

    private RushCheck check(RushUnits units, Map<Long, RegistrationLoad.Acknowledged> created,
            Map<Long, RegistrationLoad.Acknowledged> submitted) throws SQLException {
        try (Connection db = DriverManager.getConnection(databaseUrl, databaseUser, databasePassword)) {
            return RushCheck.of(db, completeness, units.codes(), created, submitted);
        }
    }

    private static void rushCheckFigures(String section, RushCheck check) {
        report.figure(section, "acknowledged but missing from the database", check.lost());
        report.figure(section, "acknowledged but not waiting at 党委审核 (or, not submitted, at entry) exactly once", check.wrongPlace());
        report.figure(section, "references in the database more than once", check.duplicatedReferences());
        report.figure(section, "acknowledged creates whose submit failed: still in entry / of them incomplete (given up at the "
                + "closing time)", check.unsubmitted() + " / " + check.incomplete());
        report.figure(section, "stored without an acknowledged create (its answer did not arrive)", check.storedUnacknowledged());
    }

    private static void errorSamples(String section, List<RegistrationLoad.Call> failed) {
        failed.stream().limit(5).map(call -> call.kind() + " " + call.status() + " " + call.message())
                .map(sample -> sample.length() > 300 ? sample.substring(0, 300) : sample)
                .forEach(sample -> report.note(section, "Error sample: `" + sample.replace('\n', ' ').replace('`', '\'') + "`"));
    }

    private static String quantiles(long[] sortedNanos) {
        return fmt(Measure.quantileMs(sortedNanos, 0.50)) + " / " + fmt(Measure.quantileMs(sortedNanos, 0.95)) + " / "
                + fmt(Measure.quantileMs(sortedNanos, 0.99));
    }

    // ---------------------------------------------------------------- 9. deadline rush at fixed arrival rates

    /**
     * The rush as the last day brings it: registrations arriving at a fixed rate, each a create and a
     * submit by one of many units, whether or not the server keeps up (an open loop); a closed loop
     * of clients waiting for their answers (section 2) slows its arrivals down with the server.
     */
    @Test
    @Order(3)
    void openLoopRush() throws Exception {
        String section = "9. Deadline rush at fixed arrival rates";
        long startedAt = System.nanoTime();
        RushUnits units = rushUnits(OPEN_UNITS);
        Map<Long, RegistrationLoad.Acknowledged> created = new HashMap<>();
        Map<Long, RegistrationLoad.Acknowledged> submitted = new HashMap<>();
        List<ArrivalRate> rates = new ArrayList<>();
        List<RegistrationLoad.Call> failed = new ArrayList<>();
        Measure.Sampler memory = new Measure.Sampler();
        try (memory) {
            // a warm-up at the first rate, not measured; its registrations are checked with the others
            RegistrationLoad warmUp = arrive(units, OPEN_RATES.get(0), OPEN_WARMUP_SECONDS);
            created.putAll(warmUp.created());
            submitted.putAll(warmUp.submitted());
            failed.addAll(warmUp.calls().stream().filter(RegistrationLoad.Call::failed).toList());
            for (int rate : OPEN_RATES) {
                RegistrationLoad load = arrive(units, rate, OPEN_SECONDS);
                created.putAll(load.created());
                submitted.putAll(load.submitted());
                failed.addAll(load.calls().stream().filter(RegistrationLoad.Call::failed).toList());
                rates.add(ArrivalRate.of(rate, load, OPEN_THREADS));
                System.out.println("[benchmark] " + section + " | " + rates.get(rates.size() - 1));
            }
        }
        RushCheck check = check(units, created, submitted);
        String highest = ArrivalRate.highestUnderOneSecond(rates).map(rate -> rate + " registrations/s")
                .orElse("none of the rates tried");

        report.figure(section, "units, client threads, per rate: warm-up at the first rate + measured duration",
                OPEN_UNITS + ", " + OPEN_THREADS + ", " + OPEN_WARMUP_SECONDS + " s + " + OPEN_SECONDS + " s");
        report.figure(section, "highest rate tried whose p99 stays under one second, without errors", highest);
        report.figure(section, "errors, all rates and the warm-up", failed.size());
        report.figure(section, "the client as the bottleneck: arrivals that found every client thread busy; sent late, "
                + "p99 / max over all rates (ms)", rates.stream().mapToInt(ArrivalRate::waitedForThread).sum() + "; "
                + ArrivalRate.sentLate(rates));
        rushCheckFigures(section, check);
        memory(memory, "open-loop rush");
        report.note(section, ArrivalRate.table(rates));
        errorSamples(section, failed);
        report.note(section, "Registrations arrive on a fixed timetable (arrival i due at i / rate after the start), each "
                + "a create and a submit through the JSON API with HTTP Basic by the next of " + OPEN_UNITS + " units in turn, "
                + "sent when due whether or not the earlier ones have been answered, on up to " + OPEN_THREADS + " client "
                + "threads. Latency is measured from the moment each registration was due to its submit's answer, so a "
                + "slow answer neither delays the arrivals after it nor hides the time they wait (coordinated omission "
                + "avoided); per request, a create counts from its due time and a submit from the create's answer. "
                + "Percentiles are over every arrival, failed ones included (to their failing answer); the achieved rate is "
                + "the acknowledged registrations over the time from the first due time to the last answer. The client "
                + "would be the bottleneck if an arrival found all its threads busy (it would wait for one, the wait counted "
                + "in its latency); an arrival is sent late when it falls due while the client's threads (which share the "
                + "processors with the application in this JVM) wait for a processor, also counted in its latency. Each rate "
                + "starts when the previous one's last answer is in. Afterwards every acknowledged registration is checked as in section 2. Section took "
                + fmt((System.nanoTime() - startedAt) / 1e9) + " s.");
        report.goal("zero errors and nothing lost at fixed arrival rates (" + OPEN_RATES + "/s)",
                failed.size() + " errors; " + check, failed.isEmpty() && check.allKept());
        report.write();
        assertThat(check.allKept()).as("the open-loop rush's acknowledged registrations: %s", check).isTrue();
    }

    /** Registrations at the rate for that many seconds (open loop), all answered. */
    private static RegistrationLoad arrive(RushUnits units, int rate, int seconds) throws InterruptedException {
        RegistrationLoad load = RegistrationLoad.atRate(units.clients(), units.codes(), UniqueIds::form, rate, rate * seconds,
                OPEN_THREADS);
        load.awaitTimetable();
        return load;
    }

    private static void memory(Measure.Sampler memory, String phase) {
        String section = "6. Memory";
        report.figure(section, phase + ": peak used heap, sampled every 100 ms (MB)", memory.peakHeapMb());
        report.figure(section, phase + ": heap pools' peaks summed, an upper bound (MB)", memory.poolPeakSumMb());
        report.figure(section, phase + ": peak resident memory, sampled VmRSS (MB)", memory.peakRssMb());
        report.figure(section, phase + ": VmHWM of the process so far (MB)", Measure.procStatusKb("VmHWM") / 1024);
        if (!phase.equals("lifecycle run")) {
            return;
        }
        report.note(section, "The application runs in the benchmark's JVM with the settings the README recommends for "
                + "production (-Xms512m -Xmx1g -XX:+UseG1GC, as in the Dockerfile); resident memory includes the test code.");
    }

    // ---------------------------------------------------------------- 3. exports (forked JVM, 256 MB)

    @Test
    @Order(4)
    void exports() throws Exception {
        String section = "3. Exports in 256 MB";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseG1GC", "-cp", System.getProperty("java.class.path"),
                "org.warmaid.reporting.ExportBenchmarkMain", String.valueOf(EXPORT_ROWS), String.valueOf(EXPORT_UNITS),
                "target/benchmark-exports").redirectErrorStream(true);
        Process process = builder.start();
        Map<String, String> values = new HashMap<>();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
        output.lines().filter(l -> l.contains("=") && !l.contains(" ")).forEach(l -> values.put(l.substring(0, l.indexOf('=')),
                l.substring(l.indexOf('=') + 1)));
        double summary = Double.parseDouble(values.get("summary.ms"));
        double summaryBare = Double.parseDouble(values.get("summaryBare.ms"));
        double all = Double.parseDouble(values.get("allUnits.ms"));
        double allBare = Double.parseDouble(values.get("allUnitsBare.ms"));
        report.figure(section, "rows, units, max heap of the forked JVM", EXPORT_ROWS + ", " + EXPORT_UNITS + ", "
                + values.get("maxHeapMb") + " MB");
        report.figure(section, "unit summary (汇总表): time ms / peak heap MB", values.get("summary.ms") + " / " + values.get("summary.peakHeapMb"));
        report.figure(section, "bare SXSSF, same cells: time ms / peak heap MB", values.get("summaryBare.ms") + " / " + values.get("summaryBare.peakHeapMb"));
        report.figure(section, "unit summary ratio (time, Warm Aid / bare)", fmt(summary / summaryBare));
        report.figure(section, "all-units workbook: time ms / peak heap MB", values.get("allUnits.ms") + " / " + values.get("allUnits.peakHeapMb"));
        report.figure(section, "bare SXSSF, same cells: time ms / peak heap MB", values.get("allUnitsBare.ms") + " / " + values.get("allUnitsBare.peakHeapMb"));
        report.figure(section, "all-units ratio (time, Warm Aid / bare)", fmt(all / allBare));
        report.note(section, "Both workbooks are written by the project's own writers (UnitSummaryWorkbook, AllUnitsWorkbook) "
                + "in a separate JVM started with -Xmx256m, from generated rows, to a file; the baseline writes the same cell "
                + "values with a bare SXSSFWorkbook (window 200) without styles, merged cells, print setup or formulas. Times are "
                + "the median of three interleaved runs of each side; peak heap is the largest sum of the heap pools' peaks "
                + "after a reset (an upper bound). Reading the rows from the database is "
                + "measured in section 7 (growth), through the services.");
        report.goal("unit summary within 1.5× of bare SXSSF in 256 MB", fmt(summary / summaryBare), summary / summaryBare <= 1.5);
        report.goal("all-units workbook within 1.5× of bare SXSSF in 256 MB", fmt(all / allBare), all / allBare <= 1.5);
        report.write();
    }

    // ---------------------------------------------------------------- 4. rules

    @Test
    @Order(5)
    void rules() {
        String section = "4. Rules";
        RegistrationForm form = SampleRegistrations.valid();
        Household facts = form.household(campaign.getRegion());
        BareDecisions scala = new BareDecisions(false);
        BareDecisions legacy = new BareDecisions(true);
        assertThat(scala.check(facts)).isEqualTo(prechecks.of(form).eligible());
        assertThat(legacy.check(facts)).as("legacy FEEL gives the same answer").isEqualTo(scala.check(facts));
        double service = rate(() -> prechecks.of(form), RULES_SECONDS / 2);
        double bare = rate(() -> scala.check(facts), RULES_SECONDS / 2);
        double bareLegacy = rate(() -> legacy.check(facts), RULES_SECONDS / 2);
        service = rate(() -> prechecks.of(form), RULES_SECONDS);
        bare = rate(() -> scala.check(facts), RULES_SECONDS);
        bareLegacy = rate(() -> legacy.check(facts), RULES_SECONDS);
        report.figure(section, "eligibility checks/s through Prechecks (the project's service, FEEL Scala)", fmt(service));
        report.figure(section, "the same five decisions/s evaluated directly, DMN engine, FEEL Scala", fmt(bare));
        report.figure(section, "ratio service / direct", fmt(service / bare));
        report.figure(section, "the same directly with legacy FEEL (Java, pre-7.13 behaviour)", fmt(bareLegacy));
        report.figure(section, "legacy FEEL / FEEL Scala (direct)", fmt(bareLegacy / bare));
        report.note(section, "One check evaluates MinimumLivingStandard, ExclusionRules, EligibilityRules, RequiredDocuments and "
                + "AidAmount (if eligible), single thread, " + RULES_SECONDS + " s per variant after a warm-up. The project uses "
                + "FEEL Scala, the engine's default since 7.13 and its maintained FEEL, in which the decision tables are written "
                + "and tested (also in Cockpit and over REST, which use the engine's default). Legacy FEEL evaluates the same "
                + "tables faster (figures above); the rest of a check through the service is the open campaign read from "
                + "the database, the region check (one more evaluation of MinimumLivingStandard) and the explanation "
                + "built for the unit. The latest version of each decision is remembered for five seconds, not looked up.");
        report.write();
    }

    private static double rate(Runnable work, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long count = 0;
        long start = System.nanoTime();
        while (System.nanoTime() < end) {
            for (int i = 0; i < 50; i++) {
                work.run();
            }
            count += 50;
        }
        return perSecond(count, System.nanoTime() - start);
    }

    // ---------------------------------------------------------------- 5. bulk import

    @Test
    @Order(6)
    void bulkImport() throws Exception {
        String section = "5. Bulk import";
        Fixtures.UnitLogin unit = fixtures.newUnit();
        AccountPrincipal account = accounts.principalOf(unit.accountId());
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        imports.writeTemplate(template);
        int perFile = Math.min(2000, IMPORT_ROWS);
        List<byte[]> files = new ArrayList<>();
        for (int done = 0; done < IMPORT_ROWS; done += perFile) {
            files.add(filled(template.toByteArray(), Math.min(perFile, IMPORT_ROWS - done)));
        }
        int created = 0;
        int refused = 0;
        long start = System.nanoTime();
        for (byte[] file : files) {
            ImportResult result = imports.importWorkbook(account, file);
            created += result.created();
            refused += result.refused();
        }
        long elapsed = System.nanoTime() - start;
        report.figure(section, "rows, files", IMPORT_ROWS + ", " + files.size() + " (the template takes at most 2000 rows a file)");
        report.figure(section, "created / refused", created + " / " + refused);
        report.figure(section, "rows/s (parse, validate, duplicate checks, create with process start)", fmt(perSecond(IMPORT_ROWS, elapsed)));
        report.note(section, "Refused rows, if any, are random ID numbers that happened to repeat; they are validated like any other row.");
        report.write();
    }

    private static byte[] filled(byte[] template, int rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheet("职工信息");
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i + 1);
                String[] cells = {SampleRegistrations.workerName(i), UniqueIds.next(), "省交通运输厅 科员", "13804310000", "2", "1000",
                        "长春市朝阳区西民主大街1号", SampleRegistrations.randomBankCard(), "妻子患尿毒症，长期透析", "大重病、低收入", "2",
                        "", "0", "100", "600", "8", "否", "否", "否", "1", "60", "否", "否", "否", "是", "王丽", "44", "配偶", "无"};
                for (int column = 0; column < cells.length; column++) {
                    row.createCell(column).setCellValue(cells[column]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    // ---------------------------------------------------------------- 8. sessions in the database

    /**
     * What keeping the HTTP sessions in the database costs, against sessions in the node's memory (as
     * before, when a load balancer had to pin each browser to its node): the same packaged
     * application in two JVMs of their own with production settings, one with Spring Session JDBC,
     * one with the servlet container's sessions, on one database, taking turns.
     */
    @Test
    @Order(7)
    void sessions() throws Exception {
        String section = "8. Sessions in the database";
        String url = databaseUrl.replaceAll("/([^/?]+)(\\?.*)?$", "/$1_sessions");
        ApplicationProcess.Settings settings = ApplicationProcess.Settings.of(url, databaseUser, databasePassword,
                "--camunda.bpm.generic-properties.properties.hostname=bench-sessions")
                .withJvm("-Xms512m", "-Xmx1g", "-XX:+UseG1GC");
        long startedAt = System.nanoTime();
        ApplicationProcess inDatabase = ApplicationProcess.start("benchmark-sessions-database", settings);
        ApplicationProcess inMemory = ApplicationProcess.start("benchmark-sessions-memory", settings.with(
                "--spring.autoconfigure.exclude=org.springframework.boot.actuate.autoconfigure.metrics.data."
                        + "RepositoryMetricsAutoConfiguration,org.springframework.boot.autoconfigure.session.SessionAutoConfiguration"));
        PageNode database = new PageNode("database", inDatabase, url, databaseUser, databasePassword);
        PageNode memory = new PageNode("memory", inMemory, url, databaseUser, databasePassword);
        try {
            StaffActions staff = new StaffActions(inDatabase.port());
            for (String unit : List.of("u001", "u002", "u003")) {
                staff.unit(unit);
            }
            sessionLifecycles(section, memory, database, url);
            sessionSignIns(section, memory, database);
            sessionRush(section, memory, database, url);
        } finally {
            memory.stop();
            database.stop();
        }
        throttleBookkeeping(section);
        report.note(section, "Both nodes run the packaged application in a JVM of its own with the production settings "
                + "(-Xms512m -Xmx1g -XX:+UseG1GC) on one database (" + url.replaceAll(".*/", "") + ") of the same MariaDB "
                + "server; one keeps its sessions in the database (Spring Session JDBC, as configured), the other in the "
                + "servlet container's memory (Spring Session's auto-configuration excluded), which is how the application "
                + "ran when a load balancer had to pin each browser to its node. Everything else, the login throttle "
                + "included, is the same. The nodes take turns (memory, database, database, memory, …) after a warm-up of "
                + SESSION_WARMUP + " lifecycles each, so that a change in the machine's load falls on both. Processor time "
                + "is the node's JVM's (/proc) and the local MariaDB server's over the node's timed turns. Section took "
                + fmt((System.nanoTime() - startedAt) / 1e9) + " s with the two starts.");
        report.write();
    }

    private void sessionLifecycles(String section, PageNode memory, PageNode database, String url) throws Exception {
        List<PageNode.Browsers> memoryBrowsers = new ArrayList<>();
        List<PageNode.Browsers> databaseBrowsers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            memoryBrowsers.add(memory.signIn());
            databaseBrowsers.add(database.signIn());
        }
        memory.lifecycles(memoryBrowsers, SESSION_WARMUP, "预热内存");
        database.lifecycles(databaseBrowsers, SESSION_WARMUP, "预热库表");
        long[] nanos = new long[2];
        long[] jvm = new long[2];
        long[] server = new long[2];
        List<String> rounds = new ArrayList<>();
        for (int round = 0; round < SESSION_ROUNDS; round++) {
            int count = SESSION_LIFECYCLES / SESSION_ROUNDS;
            String numeral = String.valueOf("甲乙丙丁戊己庚辛壬癸".charAt(round % 10));
            long[] turn = new long[2];
            for (int side : round % 2 == 0 ? new int[] {0, 1} : new int[] {1, 0}) {
                PageNode node = side == 0 ? memory : database;
                long jvmBefore = node.processorNanos();
                long serverBefore = processor.now().databaseNanos();
                turn[side] = node.lifecycles(side == 0 ? memoryBrowsers : databaseBrowsers, count,
                        (side == 0 ? "内存" : "库表") + "周期" + numeral);
                nanos[side] += turn[side];
                jvm[side] += node.processorNanos() - jvmBefore;
                server[side] += processor.now().databaseNanos() - serverBefore;
            }
            rounds.add(fmt((double) turn[0] / turn[1]));
        }
        for (PageNode.Browsers browsers : memoryBrowsers) {
            browsers.db().close();
        }
        for (PageNode.Browsers browsers : databaseBrowsers) {
            browsers.db().close();
        }
        int measured = SESSION_LIFECYCLES / SESSION_ROUNDS * SESSION_ROUNDS;
        double memoryRate = perSecond(measured, nanos[0]);
        double databaseRate = perSecond(measured, nanos[1]);
        report.figure(section, "lifecycles through pages and Tasklist, threads", measured + " per node, " + THREADS);
        report.figure(section, "lifecycles/s, sessions in memory / in the database", fmt(memoryRate) + " / " + fmt(databaseRate));
        report.figure(section, "ratio database / memory (lifecycles/s)", fmt(databaseRate / memoryRate));
        report.figure(section, "ratio database / memory in each round, in order", String.join(", ", rounds));
        report.figure(section, "processor time per lifecycle in the node's JVM (ms), memory / database",
                fmt(jvm[0] / 1e6 / measured) + " / " + fmt(jvm[1] / 1e6 / measured));
        if (processor.knowsDatabase()) {
            report.figure(section, "processor time per lifecycle in the MariaDB server (ms), memory / database",
                    fmt(server[0] / 1e6 / measured) + " / " + fmt(server[1] / 1e6 / measured));
        }
        report.note(section, "A lifecycle through the pages: the unit (one portal session per thread, signed in once) "
                + "enters a registration on 添加职工信息 and submits it; the party reviewer and the provincial reviewer "
                + "(one Tasklist session each per thread) complete the party review, the provincial review and the documents "
                + "check through the webapps' engine API with the XSRF token; each turn ends with a payout batch built on "
                + "资助金发放 and every payment confirmed on the batch page by " + THREADS + " finance sessions.");
    }

    private void sessionSignIns(String section, PageNode memory, PageNode database) {
        List<Long> memoryTimes = new ArrayList<>();
        List<Long> databaseTimes = new ArrayList<>();
        for (int i = 0; i < SESSION_SIGN_INS; i++) {
            // in turns, one each, so that both see the same machine
            memoryTimes.add(memory.timedSignIn(i));
            databaseTimes.add(database.timedSignIn(i));
        }
        long[] m = Measure.sorted(memoryTimes);
        long[] d = Measure.sorted(databaseTimes);
        report.figure(section, "portal sign-in (login page and form post, " + SESSION_SIGN_INS + " each, in turns): "
                + "p50 / p95 ms, memory", fmt(Measure.quantileMs(m, 0.5)) + " / " + fmt(Measure.quantileMs(m, 0.95)));
        report.figure(section, "the same, database", fmt(Measure.quantileMs(d, 0.5)) + " / " + fmt(Measure.quantileMs(d, 0.95)));
    }

    private void sessionRush(String section, PageNode memory, PageNode database, String url) throws Exception {
        List<PortalSession> memorySessions = new ArrayList<>();
        List<PortalSession> databaseSessions = new ArrayList<>();
        for (int i = 0; i < SESSION_CLIENTS; i++) {
            memorySessions.add(memory.unitSession(i));
            databaseSessions.add(database.unitSession(i));
        }
        long[] acknowledged = new long[2];
        long[] elapsed = new long[2];
        long[] errors = new long[2];
        List<List<Long>> latencies = List.of(Collections.synchronizedList(new ArrayList<>()),
                Collections.synchronizedList(new ArrayList<>()));
        for (int round = 0; round < 2; round++) {
            for (int side : round == 0 ? new int[] {0, 1} : new int[] {1, 0}) {
                List<PortalSession> sessions = side == 0 ? memorySessions : databaseSessions;
                AtomicInteger done = new AtomicInteger();
                AtomicInteger failed = new AtomicInteger();
                long end = System.nanoTime() + SESSION_RUSH_SECONDS * 1_000_000_000L;
                long start = System.nanoTime();
                String name = (side == 0 ? "内存" : "库表") + "冲刺" + "甲乙".charAt(round);
                PageNode.runOn(SESSION_CLIENTS, client -> {
                    PortalSession unit = sessions.get(client);
                    while (System.nanoTime() < end) {
                        try {
                            long t0 = System.nanoTime();
                            long id = PageNode.create(unit, name);
                            latencies.get(side).add(System.nanoTime() - t0);
                            long t1 = System.nanoTime();
                            int submitted = unit.post("/portal/registrations/" + id + "/submit", Map.of()).statusCode();
                            latencies.get(side).add(System.nanoTime() - t1);
                            if (submitted == 302) {
                                done.incrementAndGet();
                            } else {
                                failed.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                        }
                    }
                });
                elapsed[side] += System.nanoTime() - start;
                acknowledged[side] += done.get();
                errors[side] += failed.get();
                try (var db = java.sql.DriverManager.getConnection(url, databaseUser, databasePassword);
                        var query = db.prepareStatement("select count(*) from registration where name = ? and stage in "
                                + "('PARTY_REVIEW', 'RETURNED')")) {
                    query.setString(1, name);
                    try (var row = query.executeQuery()) {
                        row.next();
                        assertThat(row.getLong(1)).as("submitted registrations of the %s rush turn", name)
                                .isGreaterThanOrEqualTo(done.get());
                    }
                }
            }
        }
        double memoryRate = perSecond(acknowledged[0], elapsed[0]);
        double databaseRate = perSecond(acknowledged[1], elapsed[1]);
        long[] m = Measure.sorted(latencies.get(0));
        long[] d = Measure.sorted(latencies.get(1));
        report.figure(section, "rush through the portal: " + SESSION_CLIENTS + " page sessions for 2 × " + SESSION_RUSH_SECONDS
                + " s per node, registrations/s (each entered and submitted), memory / database",
                fmt(memoryRate) + " / " + fmt(databaseRate));
        report.figure(section, "ratio database / memory (rush)", fmt(databaseRate / memoryRate));
        report.figure(section, "rush latency p50 / p95 / p99 (ms, per request), memory", fmt(Measure.quantileMs(m, 0.5)) + " / "
                + fmt(Measure.quantileMs(m, 0.95)) + " / " + fmt(Measure.quantileMs(m, 0.99)));
        report.figure(section, "the same, database", fmt(Measure.quantileMs(d, 0.5)) + " / "
                + fmt(Measure.quantileMs(d, 0.95)) + " / " + fmt(Measure.quantileMs(d, 0.99)));
        report.figure(section, "rush errors, memory / database", errors[0] + " / " + errors[1]);
        report.note(section, "The rush through the portal: each client is a unit's page session (the three demo units, "
                + "several sessions each, as several cadres of one unit), signed in before the turn, entering a registration "
                + "on the form and submitting it, back to back (each form post first reads the CSRF token, as the page "
                + "does). The rush of section 2 goes through the JSON API, which keeps no session.");
        report.goal("no error in the rush through pages with sessions in the database", String.valueOf(errors[1]), errors[1] == 0);
    }

    /** What the login throttle's counts in the database cost a login, measured in this JVM on the benchmark database. */
    private void throttleBookkeeping(String section) {
        int logins = 2000;
        for (int i = 0; i < 200; i++) {
            throttle.check("bench-warm", "10.99.0." + (i % 250));
            throttle.succeeded("bench-warm", "10.99.0." + (i % 250));
        }
        long start = System.nanoTime();
        for (int i = 0; i < logins; i++) {
            throttle.check("bench-ok" + (i % 50), "10.99.1." + (i % 250));
            throttle.succeeded("bench-ok" + (i % 50), "10.99.1." + (i % 250));
        }
        double success = (System.nanoTime() - start) / 1e6 / logins;
        int failures = 300;
        long failStart = System.nanoTime();
        for (int i = 0; i < failures; i++) {
            throttle.check("bench-fail" + i, "10.99.2." + (i % 250));
            throttle.failed("bench-fail" + i, "10.99.2." + (i % 250));
        }
        double failure = (System.nanoTime() - failStart) / 1e6 / failures;
        report.figure(section, "login throttle in the database: per successful login (a check and the reset of the "
                + "address's count), per failed login (a check and three counters), ms", fmt(success) + ", " + fmt(failure));
        report.note(section, "The throttle's cost is measured on its own in this JVM against the benchmark database, "
                + logins + " successful and " + failures + " failed logins on one thread; counted in memory, as before, it "
                + "cost microseconds. The JSON API and the engine REST API check the throttle at every request (one read).");
    }

    // ---------------------------------------------------------------- 7. growth

    @Test
    @Order(1)
    void growth() throws Exception {
        String section = "7. Growth with data size";
        Fixtures.UnitLogin fixed = fixtures.newUnit();
        AccountPrincipal fixedAccount = accounts.principalOf(fixed.accountId());
        for (int i = 0; i < 100; i++) {
            registry.create(fixedAccount, UniqueIds.form());
        }
        // warm-up, not measured: the first calls load classes and compile
        lifecycles(Math.min(60, 2 * GROWTH_LIFECYCLES), THREADS);
        for (int i = 0; i < 3; i++) {
            unitSummaries.write(fixedAccount, OutputStream.nullOutputStream());
            provincialWorkbooks.write(campaign, OutputStream.nullOutputStream());
        }
        long base = Math.max(GROWTH_BASE, registrationCount());
        report.note(section, "Measured right after the lifecycle section (which runs first, so that its two sides start "
                + "from equally empty databases): 1× is the data then in the database, at least bench.growthBase registrations; "
                + "the later sections run with the 16× data present.");
        long[] levels = {base, 4 * base, 16 * base};
        double firstLifecycle = 0;
        double firstSummary = 0;
        double firstAllPerRow = 0;
        double worst = 0;
        for (int level = 0; level < levels.length; level++) {
            fill(levels[level]);
            long rows = registrationCount();
            double lifecycleRate = perSecond(GROWTH_LIFECYCLES, lifecycles(GROWTH_LIFECYCLES, THREADS));
            long t0 = System.nanoTime();
            unitSummaries.write(fixedAccount, OutputStream.nullOutputStream());
            double summaryMs = (System.nanoTime() - t0) / 1e6;
            long t1 = System.nanoTime();
            provincialWorkbooks.write(campaign, OutputStream.nullOutputStream());
            double allMs = (System.nanoTime() - t1) / 1e6;
            double allPerRow = allMs / rows;
            report.figure(section, (1 << (2 * level)) + "× — registrations in the database", rows);
            report.figure(section, (1 << (2 * level)) + "× — lifecycles/s (" + GROWTH_LIFECYCLES + " lifecycles)", fmt(lifecycleRate));
            report.figure(section, (1 << (2 * level)) + "× — unit summary of a 100-registration unit (ms)", fmt(summaryMs));
            report.figure(section, (1 << (2 * level)) + "× — all-units workbook of the whole campaign (ms; µs per row)",
                    fmt(allMs) + "; " + fmt(allPerRow * 1000));
            if (level == 0) {
                firstLifecycle = lifecycleRate;
                firstSummary = summaryMs;
                firstAllPerRow = allPerRow;
            } else {
                worst = Math.max(worst, Math.max(firstLifecycle / lifecycleRate, Math.max(summaryMs / firstSummary,
                        allPerRow / firstAllPerRow)));
            }
        }
        report.note(section, "The database is filled with registrations waiting for entry (each with its process "
                + "instance and entry timer) in fill units, to 1×, 4× and 16× of the base. Figures that do not depend on the "
                + "data size should stay flat (lifecycle rate, a fixed unit's summary); the all-units workbook grows with the "
                + "rows and should stay flat per row. The worst slowdown factor against 1× is " + fmt(worst) + ".");
        report.goal("no figure worse than linear with data size", "worst slowdown factor " + fmt(worst) + " at 16× the data",
                worst < 4);
        report.write();
    }

    /** Adds registrations (each starting its process) across fill units until the database holds {@code target}. */
    private void fill(long target) throws Exception {
        long missing = target - registrationCount();
        if (missing <= 0) {
            return;
        }
        List<AccountPrincipal> units = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            units.add(accounts.principalOf(fixtures.newUnit().accountId()));
        }
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        runOn(THREADS, () -> {
            long i;
            while ((i = next.getAndIncrement()) < missing) {
                registry.create(units.get((int) (i % units.size())), UniqueIds.form());
            }
            return null;
        });
        report.figure("7. Growth with data size", "fill to " + target + " (registrations/s while filling)",
                fmt(perSecond(missing, System.nanoTime() - start)));
    }

    private static void runOn(int threads, java.util.concurrent.Callable<Void> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(work));
            }
            for (Future<Void> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private long registrationCount() {
        return jdbc.queryForObject("select count(*) from registration", Long.class);
    }
}
