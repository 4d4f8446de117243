package org.onecard.faults;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the test's own (never the shared one): a fresh data directory under
 * target/, a free port, one child process whose PID only this object knows. The fault suites kill
 * it (SIGKILL) or shut it down cleanly (SIGTERM) and start it again on the same data directory and
 * port, so the application's connection URL stays valid across the outage.
 */
final class DbRestartServer implements AutoCloseable {

    static final String DATABASE = "onecard";
    private static final Duration START_LIMIT = Duration.ofSeconds(90);

    private final Path dir;
    private final int port;
    private Process process;
    private int starts;

    private DbRestartServer(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Installs a new data directory under {@code target/fault-db/<name>} and starts the server on it. */
    static DbRestartServer install(String name) throws IOException, InterruptedException {
        Path dir = Path.of("target", "fault-db", name + "-" + ProcessHandle.current().pid()).toAbsolutePath();
        deleteTree(dir);
        Files.createDirectories(dir);
        List<String> install = new ArrayList<>(List.of(installer(), "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--auth-root-authentication-method=normal", "--skip-test-db"));
        if (isRoot()) {
            install.add("--user=root");
        }
        run(install, dir.resolve("install.log"));
        DbRestartServer server = new DbRestartServer(dir, freePort());
        server.start();
        server.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return server;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    String r2dbcUrl() {
        return "r2dbc:mysql://127.0.0.1:" + port + "/" + DATABASE + "?serverZoneId=UTC";
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** Starts mariadbd on the data directory and waits until it answers (crash recovery included). */
    void start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/usr/sbin/mariadbd", "--no-defaults",
                "--datadir=" + dir.resolve("data"), "--socket=" + dir.resolve("mariadb.sock"),
                "--pid-file=" + dir.resolve("mariadb.pid"), "--log-error=" + dir.resolve("error-" + ++starts + ".log"),
                "--port=" + port, "--bind-address=127.0.0.1", "--skip-name-resolve", "--skip-log-bin",
                "--innodb-flush-log-at-trx-commit=1", "--innodb-buffer-pool-size=64M", "--max-connections=200",
                // a killed process loses nothing the kernel already holds: every commit is still written to the log
                // before it is answered, only the fsync to the disk (which protects against power loss) is skipped,
                // so the schema migrations do not take a minute on a busy machine
                "--innodb-flush-method=nosync", "--innodb-doublewrite=0"));
        if (isRoot()) {
            command.add("--user=root");
        }
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("stdout-" + starts + ".log").toFile()).start();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mariadbd exited with " + process.exitValue() + "; see " + dir);
            }
            if (answers()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("mariadbd did not answer within " + START_LIMIT + "; see " + dir);
    }

    /** SIGKILL: the server dies at once, in-flight transactions are lost, committed ones must survive. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: MariaDB's clean shutdown (connections closed, buffers flushed). */
    void shutdown() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    private boolean answers() {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/?connectTimeout=1000",
                "root", "")) {
            return c.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    void execute(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "")) {
            c.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("the private MariaDB refused `" + sql + "`", e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (alive()) {
            kill();
        }
        deleteTree(dir);
    }

    private static String installer() {
        return new File("/usr/bin/mariadb-install-db").canExecute() ? "/usr/bin/mariadb-install-db" : "mysql_install_db";
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(3, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " failed; see " + log);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a left-over directory under target/ is harmless; the next run uses a new name
        }
    }
}
