package org.warmaid.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A MariaDB server of a test's own ({@code mariadbd} on a fresh data directory, a free port and its
 * own socket), which the test may kill and start again on the same data without touching any other
 * database server of the machine. Database {@value #DATABASE}, account {@value #USER}.
 */
public final class OwnMariaDb implements AutoCloseable {

    public static final String DATABASE = "warmaid";
    public static final String USER = "warmaid";
    public static final String PASSWORD = "warmaid-own-db";

    private static final Path SERVER = Path.of("/usr/sbin/mariadbd");

    private final Path directory;
    private final Path dataDirectory;
    private final int port;
    private final Path log;
    private Process server;

    private OwnMariaDb(Path directory, int port, Path log) {
        this.directory = directory;
        this.dataDirectory = directory.resolve("data");
        this.port = port;
        this.log = log;
    }

    /** A fresh data directory with the application's database and account, the server running. */
    public static OwnMariaDb startFresh(String name) throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("warmaid-mariadb-" + name);
        Path log = Path.of("target", "fault-logs", name + "-mariadb.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        OwnMariaDb db = new OwnMariaDb(directory, freePort(), log);
        try {
            install(db.dataDirectory, db.temporaryFiles(), log);
            db.start();
            db.createDatabaseAndAccount();
            return db;
        } catch (IOException | InterruptedException | RuntimeException failure) {
            db.close();
            throw failure;
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
    }

    /** Starts the server on the existing data directory and waits until it accepts connections. */
    public void start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SERVER.toString(), "--no-defaults",
                "--datadir=" + dataDirectory, "--port=" + port, "--socket=" + socket(),
                "--pid-file=" + directory.resolve("mariadbd.pid"), "--bind-address=127.0.0.1",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_bin",
                "--transaction-isolation=READ-COMMITTED", "--innodb-buffer-pool-size=128M", "--tmpdir=" + temporaryFiles(),
                "--max-connections=200", "--skip-name-resolve"));
        if (runningAsRoot()) {
            command.add("--user=root");
        }
        server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        ApplicationProcess.killOnExit(server);
        awaitConnections(Duration.ofSeconds(60));
    }

    /** The database is gone at once, as when its machine fails: SIGKILL, open connections broken. */
    public void kill() throws InterruptedException {
        if (server != null) {
            server.destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        kill();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** One at a time: installations running at once in the same JVM disturbed each other's temporary tables. */
    private static synchronized void install(Path dataDirectory, Path temporaryFiles, Path log) throws IOException, InterruptedException {
        Files.createDirectories(temporaryFiles);
        List<String> command = new ArrayList<>(List.of("mariadb-install-db", "--no-defaults",
                "--datadir=" + dataDirectory, "--tmpdir=" + temporaryFiles, "--auth-root-authentication-method=normal",
                "--skip-test-db"));
        if (runningAsRoot()) {
            command.add("--user=root");
        }
        Process install = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!install.waitFor(120, TimeUnit.SECONDS) || install.exitValue() != 0) {
            throw new IllegalStateException("mariadb-install-db failed, see " + log);
        }
    }

    private void createDatabaseAndAccount() throws IOException, InterruptedException {
        String sql = "CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;"
                + "CREATE USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "';"
                + "GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1';";
        Process client = new ProcessBuilder("mariadb", "--no-defaults", "--socket=" + socket(), "-uroot", "-e", sql)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!client.waitFor(60, TimeUnit.SECONDS) || client.exitValue() != 0) {
            throw new IllegalStateException("could not create the database, see " + log);
        }
    }

    private void awaitConnections(Duration atMost) throws InterruptedException {
        Instant until = Instant.now().plus(atMost);
        while (Instant.now().isBefore(until)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("mariadbd exited with " + server.exitValue() + ", see " + log);
            }
            try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "")) {
                return;
            } catch (SQLException notYet) {
                if (notYet.getMessage() != null && notYet.getMessage().contains("Access denied")) {
                    return; // the server answers; root may be limited to the socket
                }
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("mariadbd did not accept connections within " + atMost + ", see " + log);
    }

    private Path temporaryFiles() {
        return directory.resolve("tmp");
    }

    private Path socket() {
        return directory.resolve("mariadbd.sock");
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
