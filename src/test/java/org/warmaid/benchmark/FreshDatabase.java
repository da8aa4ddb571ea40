package org.warmaid.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Drops and recreates the benchmark's own databases before the application starts, so every run
 * begins from the same (empty) state. Only databases whose name contains "bench" are ever dropped;
 * -Dbench.freshDatabase=false keeps the data.
 */
final class FreshDatabase {

    private FreshDatabase() {
    }

    static void recreateIfAsked() {
        if (!Boolean.parseBoolean(System.getProperty("bench.freshDatabase", "true"))) {
            return;
        }
        String url = System.getenv().getOrDefault("WARMAID_TEST_DB_URL", "");
        String user = System.getenv().getOrDefault("WARMAID_TEST_DB_USER", "warmaid");
        String password = System.getenv().getOrDefault("WARMAID_TEST_DB_PASSWORD", "warmaid");
        String database = url.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
        if (!database.contains("bench") || !database.matches("[A-Za-z0-9_]+")) {
            System.out.println("[benchmark] not recreating " + database + " (only databases named *bench* are recreated)");
            return;
        }
        String server = url.substring(0, url.lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(server, user, password);
                Statement statement = connection.createStatement()) {
            for (String name : new String[] {database, database + "_bare", database + "_bare_auth", database + "_sessions"}) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
                statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot recreate " + database, e);
        }
    }
}
