package org.allianceplanner.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database on the machine's PostgreSQL (127.0.0.1:5432, user postgres, no password unless
 * ALLIANCE_TEST_PG_USER / ALLIANCE_TEST_PG_PASSWORD say otherwise), dropped by {@link #close()}, so
 * that no run sees another's rows. Without a server the tests are skipped, unless
 * ALLIANCE_TEST_POSTGRES=required (as .ci/run sets it): then they fail.
 */
public final class PostgresTestDatabase implements AutoCloseable {

    private static final String HOST = env("ALLIANCE_TEST_PG_HOST", "127.0.0.1:5432");
    private static final String USER = env("ALLIANCE_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("ALLIANCE_TEST_PG_PASSWORD", "");

    private final String name;

    private PostgresTestDatabase(String name) {
        this.name = name;
    }

    public static PostgresTestDatabase create() {
        String name = "alliance_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            boolean required = "required".equalsIgnoreCase(System.getenv("ALLIANCE_TEST_POSTGRES"));
            if (required) {
                throw new IllegalStateException("PostgreSQL on " + HOST + " is required (ALLIANCE_TEST_POSTGRES=required) "
                        + "but cannot be used: " + e.getMessage(), e);
            }
            Assumptions.abort("No PostgreSQL on " + HOST + " (" + e.getMessage() + "); start it, or .ci/run does");
        }
        return new PostgresTestDatabase(name);
    }

    public String url() {
        return "jdbc:postgresql://" + HOST + "/" + name;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    @Override
    public void close() {
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", USER, PASSWORD);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
