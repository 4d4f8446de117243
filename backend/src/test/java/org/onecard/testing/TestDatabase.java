package org.onecard.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throwaway MariaDB databases for tests. `make test` creates the project's test user and a
 * per-run name prefix (ONECARD_TEST_DB_*); the defaults match what it creates.
 */
public final class TestDatabase {

    static final String HOST = env("ONECARD_TEST_DB_HOST", "127.0.0.1");
    static final String PORT = env("ONECARD_TEST_DB_PORT", "3306");
    static final String USER = env("ONECARD_TEST_DB_USER", "onecard_test");
    static final String PASSWORD = env("ONECARD_TEST_DB_PASSWORD", "onecard_test");
    static final String PREFIX = env("ONECARD_TEST_DB_PREFIX",
            "onecard_t_" + Long.toString(System.currentTimeMillis(), 36));

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestDatabase() {
    }

    static String newName() {
        return PREFIX + "_" + SEQUENCE.incrementAndGet();
    }

    static void create(String name) {
        execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    static void drop(String name) {
        execute("DROP DATABASE IF EXISTS `" + name + "`");
    }

    /** A new empty database for a benchmark's own tables; {@link #dropThrowaway} removes it. */
    public static String createThrowaway() {
        String name = newName();
        create(name);
        return name;
    }

    public static void dropThrowaway(String name) {
        drop(name);
    }

    /** The test user's R2DBC URL with its credentials, for code that builds its own connection factory. */
    public static String r2dbcUrlWithUser(String name) {
        return "r2dbc:mysql://" + USER + ":" + PASSWORD + "@" + HOST + ":" + PORT + "/" + name + "?serverZoneId=UTC";
    }

    /** The properties that point an application's R2DBC and Flyway at this database as the test user. */
    public static Map<String, Object> springProperties(String name) {
        return Map.of(
                "spring.r2dbc.url", r2dbcUrl(name),
                "spring.r2dbc.username", USER,
                "spring.r2dbc.password", PASSWORD,
                // a benchmark sets the application's own pool size (make bench passes it)
                "spring.r2dbc.pool.max-size", System.getProperty("onecard.test.pool-max-size", "12"),
                "spring.flyway.url", jdbcUrl(name),
                "spring.flyway.user", USER,
                "spring.flyway.password", PASSWORD,
                "spring.flyway.locations", "classpath:db/migration/mysql",
                "onecard.test-database", name);
    }

    public static Connection jdbc(String name) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(name), USER, PASSWORD);
    }

    public static String jdbcUrl(String name) {
        return "jdbc:mariadb://" + HOST + ":" + PORT + "/" + name;
    }

    public static String r2dbcUrl(String name) {
        return "r2dbc:mysql://" + HOST + ":" + PORT + "/" + name + "?serverZoneId=UTC";
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(""), USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at " + HOST + ":" + PORT + " as " + USER
                    + " refused `" + sql + "` (run `make test-db` to start it and create the test user)", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
