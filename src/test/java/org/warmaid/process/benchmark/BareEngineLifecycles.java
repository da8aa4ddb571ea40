package org.warmaid.process.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.warmaid.process.ProcessIds;
import org.warmaid.process.identity.PortalOnlyUnitTasks;

/**
 * The baseline of the lifecycle benchmark: the bare Camunda engine on its own MariaDB database running
 * the project's BPMN with no-op delegates and listeners and the same few variables, history "full"
 * and the engine's UUID ids as in the application, job executor off, with the application's driver
 * properties.
 * <p>
 * With {@code authorization}, the engine also checks authorizations as the application's does: each
 * reviewer task grants its candidate group the task permission (the unit's entry task grants none,
 * {@link PortalOnlyUnitTasks}), and the party committee's and the province's tasks are completed
 * by reviewers signed in with their group, so every such completion runs the engine's permission
 * check. The entry task is completed without a signed-in user, as the portal's submission does.
 */
public final class BareEngineLifecycles implements AutoCloseable {

    private static final String PARTY_REVIEWER = "bench-party";
    private static final String PROVINCIAL_REVIEWER = "bench-reviewer";

    private final ProcessEngine engine;
    private final HikariDataSource dataSource;
    private final boolean authorization;

    /**
     * {@code driverProperties} are the application's (its pool's data source properties), so that both
     * sides talk to the database alike; {@code instrument} may wrap the engine's data source (to count
     * statements), or return it as it is.
     */
    public BareEngineLifecycles(String jdbcUrl, String user, String password, Map<String, String> driverProperties,
            boolean authorization, UnaryOperator<DataSource> instrument) {
        this.authorization = authorization;
        createDatabase(jdbcUrl, user, password);
        Map<Object, Object> beans = new HashMap<>();
        NoOp noOp = new NoOp();
        for (String name : List.of("stageTracker", "submissionListener", "checkEligibilityDelegate", "partyReviewListener",
                "provincialReviewListener", "visitListener", "documentCheckListener", "payoutEnlistment",
                "paymentResolutionListener", "returnToUnitDelegate")) {
            beans.put(name, noOp);
        }
        beans.put("entryDeadlines", new Deadlines());
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(authorization ? "bare-benchmark-authorized" : "bare-benchmark");
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(20);
        dataSource.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        driverProperties.forEach(dataSource::addDataSourceProperty);
        configuration.setDataSource(instrument.apply(dataSource));
        configuration.setDatabaseType("mysql");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        // the id generator the application's engine uses (Camunda's choice for production; the
        // standalone default, a sequence in ACT_GE_PROPERTY, is meant for tests only)
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setBeans(beans);
        configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9-]+|camunda-admin");
        if (authorization) {
            configuration.setAuthorizationEnabled(true);
            configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
            configuration.getProcessEnginePlugins().add(new PortalOnlyUnitTasks());
        }
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("bare-benchmark")
                .addClasspathResource("bpmn/HardshipAidProcess.bpmn").enableDuplicateFiltering(true).deploy();
    }

    /** Runs {@code count} registrations from start to paid; returns the elapsed nanoseconds. */
    public long run(int count, int threads, String prefix) throws InterruptedException {
        RuntimeService runtime = engine.getRuntimeService();
        TaskService tasks = engine.getTaskService();
        Authentication partyReviewer = new Authentication(PARTY_REVIEWER, List.of("party-b001"));
        Authentication provincialReviewer = new Authentication(PROVINCIAL_REVIEWER, List.of("provincial-reviewers"));
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        long start = System.nanoTime();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    String key = prefix + "-" + i;
                    runtime.startProcessInstanceByKey(ProcessIds.PROCESS, key,
                            Map.of("registrationId", (long) i, "unitCode", "B001", "reference", key));
                    complete(tasks, key, Map.of("submittedBy", "bench"), null);
                    complete(tasks, key, Map.of("partyDecision", "APPROVE"), partyReviewer);
                    complete(tasks, key, Map.of("provincialDecision", "APPROVE", "aidAmount", 1000, "spotCheck", false),
                            provincialReviewer);
                    complete(tasks, key, Map.of("document_ID_AND_BANK_CARD", "PASS", "document_DIAGNOSIS", "PASS",
                            "documentsComplete", true), provincialReviewer);
                    runtime.createMessageCorrelation(ProcessIds.MESSAGE_PAYOUT_CONFIRMED).processInstanceBusinessKey(key)
                            .correlateWithResult();
                }
            });
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        long elapsed = System.nanoTime() - start;
        long left = runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(prefix + "-%").count();
        if (left != 0) {
            throw new IllegalStateException(left + " bare-engine instances did not finish");
        }
        return elapsed;
    }

    /**
     * Completes the registration's open task. The task is looked up first; with authorization the
     * reviewer (if any) then signs in for the completion alone, as on the application's side, so the
     * completion runs the engine's permission check.
     */
    private void complete(TaskService tasks, String key, Map<String, Object> variables, Authentication reviewer) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(key).singleResult();
        if (!authorization || reviewer == null) {
            tasks.complete(task.getId(), variables);
            return;
        }
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(reviewer);
        try {
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    @Override
    public void close() {
        engine.close();
        dataSource.close();
    }

    private static void createDatabase(String jdbcUrl, String user, String password) {
        String server = jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1);
        String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        try (Connection connection = DriverManager.getConnection(server, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + database
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create " + database, e);
        }
    }

    /** Every delegate and listener of the process, doing nothing but what the gateways need. */
    static final class NoOp implements JavaDelegate, TaskListener, ExecutionListener {
        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable("eligible", true);
        }

        @Override
        public void notify(DelegateTask task) {
        }

        @Override
        public void notify(DelegateExecution execution) {
        }
    }

    /** The entry deadline timer's date: a week ahead. */
    public static final class Deadlines {
        public Date of(Object registrationId) {
            return new Date(System.currentTimeMillis() + 7L * 24 * 3600 * 1000);
        }
    }
}
