package org.warmaid.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmaid.support.StandaloneApplication.port;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.warmaid.accounts.IdentityAuthenticationProvider;
import org.warmaid.accounts.PasswordChanges;
import org.warmaid.accounts.UnitAccounts;
import org.warmaid.support.ApiClient;
import org.warmaid.support.ApiClient.Answer;
import org.warmaid.support.Fixtures;
import org.warmaid.support.SampleRegistrations;
import org.warmaid.support.StandaloneApplication;

/**
 * Backup and restore as the README describes them: the application runs on its own database
 * with registrations in several stages, mariadb-dump writes a backup while it runs, the backup is
 * loaded into a fresh database and the application is started on that one. Asserted: every
 * registration (all columns that matter), every process instance, open task and history row is
 * there unchanged, and the restored system goes on working (a restored draft can be submitted).
 */
// in-JVM applications, one at a time: the Camunda webapps find their engine in a JVM-wide registry
@Execution(ExecutionMode.SAME_THREAD)
class BackupRestoreStandaloneIT {

    private static final String HOST_URL = "jdbc:mariadb://127.0.0.1:3306/";
    private static final String SOURCE = "warmaid_test_backup";
    private static final String TARGET = "warmaid_test_restore";
    private static final String USER = System.getenv().getOrDefault("WARMAID_TEST_DB_USER", "warmaid");
    private static final String PASSWORD = System.getenv().getOrDefault("WARMAID_TEST_DB_PASSWORD", "warmaid");

    /** The same keys for both starts, as the README asks: the keys are backed up with the database. */
    private static final String DATA_KEY = randomKey();
    private static final String HASH_KEY = randomKey();

    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    private static final String REGISTRATIONS = "select id, reference, unit_code, stage, version, name, id_number_hash, "
            + "address, phone, household_monthly_income from registration order by id";
    private static final String PROCESSES = "select ID_, BUSINESS_KEY_, STATE_, END_ACT_ID_ from ACT_HI_PROCINST order by ID_";
    private static final String TASKS = "select ID_, PROC_INST_ID_, TASK_DEF_KEY_, REV_ from ACT_RU_TASK order by ID_";
    private static final String HISTORY = "select count(*) from ACT_HI_ACTINST";

    @Test
    void aDumpRestoredIntoAFreshDatabaseCarriesEveryRegistrationAndProcess() throws Exception {
        recreate(SOURCE);
        recreate(TARGET);
        Path dump = Files.createTempFile("warmaid-backup", ".sql");
        List<Map<String, Object>> registrations;
        List<Map<String, Object>> processes;
        List<Map<String, Object>> tasks;
        Integer history;
        String draftReference;
        long draftId;
        try (ConfigurableApplicationContext app = start(SOURCE)) {
            ApiClient api = unitApi(app);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Answer created = api.post("/api/registrations", SampleRegistrations.valid());
                assertThat(created.status()).isEqualTo(201);
                ids.add(created.body().get("id").asLong());
            }
            for (int i = 0; i < 3; i++) {
                assertThat(api.post("/api/registrations/" + ids.get(i) + "/submit", "").status()).isEqualTo(200);
            }
            assertThat(api.delete("/api/registrations/" + ids.get(3)).status()).isEqualTo(204);
            draftId = ids.get(5);
            draftReference = api.get("/api/registrations/" + draftId).body().get("reference").asText();

            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            registrations = jdbc.queryForList(REGISTRATIONS);
            processes = jdbc.queryForList(PROCESSES);
            tasks = jdbc.queryForList(TASKS);
            history = jdbc.queryForObject(HISTORY, Integer.class);

            // the backup is taken while the application runs, as in production
            run(List.of("mariadb-dump", "--single-transaction", "--routines", "--triggers", "--no-tablespaces",
                    "--default-character-set=utf8mb4", "-h", "127.0.0.1", "-u" + USER, "-p" + PASSWORD, SOURCE), null,
                    dump.toFile());
        }
        assertThat(Files.size(dump)).isGreaterThan(10_000);
        run(List.of("mariadb", "-h", "127.0.0.1", "-u" + USER, "-p" + PASSWORD, TARGET), dump.toFile(), null);

        try (ConfigurableApplicationContext restored = start(TARGET)) {
            JdbcTemplate jdbc = restored.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList(REGISTRATIONS)).as("every registration, unchanged").isEqualTo(registrations);
            assertThat(jdbc.queryForList(PROCESSES)).as("every process instance and its state").isEqualTo(processes);
            assertThat(jdbc.queryForList(TASKS)).as("every open task").isEqualTo(tasks);
            assertThat(jdbc.queryForObject(HISTORY, Integer.class)).isEqualTo(history);

            ApiClient api = new ApiClient(port(restored), "trel01", Fixtures.PASSWORD);
            Answer list = api.get("/api/registrations");
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.body()).as("the unit sees its five current registrations").hasSize(5);
            assertThat(api.post("/api/registrations/" + draftId + "/submit", "").status())
                    .as("the restored draft %s can be submitted: its process goes on", draftReference).isEqualTo(200);
            assertThat(jdbc.queryForObject("select stage from registration where id = ?", String.class, draftId))
                    .isEqualTo("PARTY_REVIEW");
            System.out.printf("[reliability] backup/restore: %d registrations, %d processes, %d open tasks, %d history rows restored intact%n",
                    registrations.size(), processes.size(), tasks.size(), history);
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    private static ApiClient unitApi(ConfigurableApplicationContext app) {
        app.getBean(UnitAccounts.class).ensureUnit("TREL01", "备份测试单位", "负责人REL", "trel01", "0");
        app.getBean(TransactionTemplate.class).executeWithoutResult(status -> app.getBean(PasswordChanges.class)
                .change(app.getBean(IdentityAuthenticationProvider.class).principalOf("trel01"), "0", Fixtures.PASSWORD));
        return new ApiClient(port(app), "trel01", Fixtures.PASSWORD);
    }

    private static ConfigurableApplicationContext start(String database) {
        return StandaloneApplication.start(
                "--spring.profiles.active=mariadb,demo",
                "--WARMAID_DB_URL=" + HOST_URL + database,
                "--WARMAID_DB_USER=" + USER,
                "--WARMAID_DB_PASSWORD=" + PASSWORD,
                "--WARMAID_ADMIN_USER=chief",
                "--WARMAID_ADMIN_PASSWORD=Restore-Admin-2027",
                "--WARMAID_DATA_KEY=" + DATA_KEY,
                "--WARMAID_HASH_KEY=" + HASH_KEY,
                "--warmaid.documents.dir=" + System.getProperty("java.io.tmpdir") + "/warmaid-restore-docs");
    }

    private static void recreate(String database) throws Exception {
        try (Connection connection = DriverManager.getConnection(HOST_URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
    }

    private static void run(List<String> command, File input, File output) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        if (input != null) {
            builder.redirectInput(input);
        }
        if (output != null) {
            builder.redirectOutput(output);
        }
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command.subList(0, 1))).isZero();
    }
}
