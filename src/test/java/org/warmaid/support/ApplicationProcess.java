package org.warmaid.support;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The application as operations runs it: {@code java -jar} of the packaged jar, in a JVM of its own,
 * so that a test can kill it with SIGKILL or start a second node. Production profile with the demo
 * accounts (profiles {@code mariadb,demo}), its output in {@code target/fault-logs/<name>.log}.
 */
public final class ApplicationProcess implements AutoCloseable {

    public static final String ADMIN_USER = "chief";
    public static final String ADMIN_PASSWORD = "Fault-Admin-2027";

    private final String name;
    private final List<String> command;
    private final Path log;
    private final int port;
    private Process process;

    private ApplicationProcess(String name, List<String> command, Path log, int port) {
        this.name = name;
        this.command = command;
        this.log = log;
        this.port = port;
    }

    /** The settings of one node; the same keys must be used by every node and every restart on a database. */
    public record Settings(String jdbcUrl, String user, String password, String dataKey, String hashKey,
            List<String> extraArguments, List<String> jvmOptions) {

        /** Small and quick to start, for the fault tests: a small heap, the first JIT tier only. */
        static final List<String> TEST_JVM = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

        public static Settings of(String jdbcUrl, String user, String password, String... extraArguments) {
            return new Settings(jdbcUrl, user, password, randomKey(), randomKey(), List.of(extraArguments), TEST_JVM);
        }

        public Settings with(String... moreArguments) {
            List<String> all = new ArrayList<>(extraArguments);
            all.addAll(List.of(moreArguments));
            return new Settings(jdbcUrl, user, password, dataKey, hashKey, all, jvmOptions);
        }

        /** Other JVM options, e.g. production's for a benchmark. */
        public Settings withJvm(String... options) {
            return new Settings(jdbcUrl, user, password, dataKey, hashKey, extraArguments, List.of(options));
        }

        private static String randomKey() {
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            return java.util.Base64.getEncoder().encodeToString(key);
        }
    }

    /** Starts the node and waits until it reports itself ready (at most six minutes: a busy machine starts slowly). */
    public static ApplicationProcess start(String name, Settings settings) throws IOException, InterruptedException {
        Path log = Path.of("target", "fault-logs", name + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        int port = OwnMariaDb.freePort();
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(settings.jvmOptions());
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-jar", jar().toString(),
                "--server.port=" + port,
                "--spring.profiles.active=mariadb,demo",
                "--WARMAID_DB_URL=" + settings.jdbcUrl(),
                "--WARMAID_DB_USER=" + settings.user(),
                "--WARMAID_DB_PASSWORD=" + settings.password(),
                "--WARMAID_ADMIN_USER=" + ADMIN_USER,
                "--WARMAID_ADMIN_PASSWORD=" + ADMIN_PASSWORD,
                "--WARMAID_DATA_KEY=" + settings.dataKey(),
                "--WARMAID_HASH_KEY=" + settings.hashKey(),
                "--warmaid.documents.dir=" + log.getParent().resolve(name + "-documents")));
        command.addAll(settings.extraArguments());
        ApplicationProcess node = new ApplicationProcess(name, command, log, port);
        node.start();
        return node;
    }

    /** Starts the same node again (same port, same settings), e.g. after {@link #kill()}. */
    public void start() throws IOException, InterruptedException {
        Files.writeString(log, "==== start " + Instant.now() + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        killOnExit(process);
        awaitHealthy(Duration.ofMinutes(6));
    }

    /** The node's process id (for its processor time in /proc). */
    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no transaction finished, as when the machine or the JVM dies. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** SIGTERM: Spring's graceful shutdown; killed when it takes longer than a minute. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    /** The last lines of the node's output, for failure messages. */
    public String logTail(int lines) {
        try (Stream<String> all = Files.lines(log, StandardCharsets.UTF_8)) {
            List<String> list = all.toList();
            return String.join("\n", list.subList(Math.max(0, list.size() - lines), list.size()));
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void awaitHealthy(Duration atMost) throws InterruptedException {
        Http http = new Http(port);
        Instant until = Instant.now().plus(atMost);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logTail(60));
            }
            try {
                // readiness: after the start-up runners (demo data, the first administrator) are done
                HttpResponse<String> health = http.get("/actuator/health/readiness");
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        kill();
        throw new IllegalStateException(name + " did not become healthy within " + atMost + ":\n" + logTail(60));
    }

    /** No child left running when the test JVM ends without reaching its finally blocks. */
    static void killOnExit(Process child) {
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroyForcibly));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The executable jar spring-boot-maven-plugin builds in the package phase (before the integration tests). */
    static Path jar() throws IOException {
        Path target = Path.of("target").toAbsolutePath();
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(path -> path.getFileName().toString().matches("warm-aid-.*\\.jar"))
                    .filter(path -> !path.getFileName().toString().endsWith("-plain.jar"))
                    .max(java.util.Comparator.comparing(path -> path.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no application jar in " + target + ": run mvn package first"));
        }
    }
}
