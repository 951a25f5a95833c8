package io.iton.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server the tests use, {@code 127.0.0.1:5432} as user {@code postgres} unless
 * {@code ITON_TEST_PG_HOST/PORT/USER} say otherwise. Each test class makes its own database and
 * drops it afterwards. Where the server cannot be reached the PostgreSQL tests are skipped and
 * say so, unless {@code ITON_TEST_POSTGRES=required} (as CI sets it), which makes them fail.
 */
public final class Postgres {

    private static final Logger log = LoggerFactory.getLogger(Postgres.class);
    private static final String HOST = env("ITON_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("ITON_TEST_PG_PORT", "5432");
    public static final String USER = env("ITON_TEST_PG_USER", "postgres");
    private static final String ADMIN_DB = env("ITON_TEST_PG_DATABASE", "test");
    private static final AtomicBoolean warned = new AtomicBoolean();
    private static Boolean reachable;

    private Postgres() {
    }

    public static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    public static boolean required() {
        return "required".equalsIgnoreCase(System.getenv("ITON_TEST_POSTGRES"));
    }

    /** Skips the calling test (or fails it, where PostgreSQL is required) if the server is down. */
    public static void assumeReachable() {
        if (isReachable()) {
            return;
        }
        String why = "PostgreSQL tests SKIPPED: no server at " + url(ADMIN_DB) + " as " + USER
                + ". Start one, or set ITON_TEST_POSTGRES=required to make this a failure.";
        if (required()) {
            Assertions.fail("ITON_TEST_POSTGRES=required, but there is no PostgreSQL at " + url(ADMIN_DB));
        }
        if (warned.compareAndSet(false, true)) {
            log.warn(why);
            System.err.println(why);
        }
        Assumptions.abort(why);
    }

    private static synchronized boolean isReachable() {
        if (reachable == null) {
            try (Connection ignored = connect(ADMIN_DB)) {
                reachable = true;
            } catch (SQLException e) {
                reachable = false;
            }
        }
        return reachable;
    }

    /** Creates an empty database with a unique name and returns the name. */
    public static String createDatabase() {
        assumeReachable();
        String name = "iton_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        return name;
    }

    public static void dropDatabase(String name) {
        if (name != null && name.startsWith("iton_test_")) {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static void execute(String sql) {
        try (Connection c = connect(ADMIN_DB); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", USER);
        props.setProperty("connectTimeout", "3");
        return DriverManager.getConnection(url(database), props);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
