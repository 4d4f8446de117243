package org.onecard.faults;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.onecard.OneCardApplication;
import org.onecard.testing.TestDatabase;

/**
 * The whole server as an operating-system process of its own on a throwaway MariaDB database, so
 * it can be killed with SIGKILL ({@link Process#destroyForcibly()}) and started again on the same
 * database and ports. Its output goes to a log file beside the suite's report.
 */
final class ServerProcess implements AutoCloseable {

    /** Access tokens must outlive a restart (the default is a random key per start). */
    private static final String JWT_SECRET = "fault-suite-secret-0123456789abcdef-0123456789";
    private static final Duration START_LIMIT = Duration.ofMinutes(3);

    final String database;
    final int httpPort;
    final int terminalPort;
    private final Path log;
    private Process process;
    private int starts;

    ServerProcess(String database, Path log) throws IOException {
        this.database = database;
        this.httpPort = freePort();
        this.terminalPort = freePort();
        this.log = log;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** Starts the server and waits until it answers HTTP; the first start loads the demo set (operators, cardholders). */
    void start() throws Exception {
        List<String> command = javaCommand();
        command.add(OneCardApplication.class.getName());
        command.addAll(arguments(true));
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        starts++;
        awaitReady();
    }

    /** SIGKILL: no shutdown hook, no graceful close of connections or transactions. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    int starts() {
        return starts;
    }

    /** `verify` on the same database, as its own process: its report, and whether it exited 0 (clean). */
    VerifyRun verify() throws Exception {
        List<String> command = javaCommand();
        command.add(OneCardApplication.class.getName());
        command.add("verify");
        command.addAll(arguments(false));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("verify did not finish in 5 minutes");
        }
        return new VerifyRun(p.exitValue() == 0, output);
    }

    record VerifyRun(boolean clean, String output) {
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private List<String> arguments(boolean server) {
        List<String> args = new ArrayList<>();
        TestDatabase.springProperties(database).forEach((k, v) -> args.add("--" + k + "=" + v));
        args.add("--spring.profiles.active=mariadb" + (server ? ",demo" : ""));
        args.add("--server.port=" + httpPort);
        args.add("--onecard.terminal.port=" + terminalPort);
        args.add("--onecard.security.jwt-secret=" + JWT_SECRET);
        args.add("--onecard.data-dir=" + log.getParent().resolve("fault-kill-data"));
        return args;
    }

    /** The test JVM's own class path (Surefire keeps the real one in a property of its own). */
    private static List<String> javaCommand() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // a small heap and the quick compiler: this machine is shared, and the server restarts often
        return new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xss512k", "-cp", classPath.replace(File.pathSeparator + File.pathSeparator, File.pathSeparator)));
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + " (see " + log + ")");
            }
            if (answers()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the server did not start in " + START_LIMIT + " (see " + log + ")");
    }

    private boolean answers() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(baseUrl() + "/actuator/health/readiness").toURL()
                    .openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2_000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
