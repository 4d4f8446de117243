package org.onecard.terminal.bench;

import io.r2dbc.pool.PoolMetrics;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Snapshots taken at the edges of a measured window, on a thread of its own and over a JDBC
 * connection of its own (the R2DBC pool is saturated during a phase): the statements this JVM
 * sent, MariaDB's server-wide counters, CPU; and the pool's use sampled every 100 ms between.
 */
final class Probe implements AutoCloseable {

    static final List<String> STATUS = List.of("Questions", "Com_select", "Com_insert", "Com_update", "Com_commit",
            "Com_rollback", "Innodb_os_log_fsyncs", "Innodb_data_fsyncs", "Innodb_row_lock_waits",
            "Innodb_row_lock_time", "Handler_read_key", "Handler_read_next", "Handler_read_rnd_next",
            "Binlog_group_commits");

    /** No phase waits longer than this for its window to open or close. */
    private static final long MAX_WAIT_SECONDS = 900;

    /** {@code rows}: the rows of each table that books a unit of work ({@link Profiles.Unit}), counted in the database. */
    record Snapshot(long nanos, Map<String, Long> statements, Map<String, Long> status, Map<String, Long> rows,
                    CpuMeter.Sample cpu) {
    }

    /** What happened in one window; {@code hotMethods} is the CPU profile, when one was taken. */
    record Window(Snapshot from, Snapshot to, double poolBusy, double poolWaiting, int poolWaitingMax,
                  List<String> hotMethods) {
    }

    private final Connection jdbc;
    private final CpuMeter cpu = new CpuMeter();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-probe");
        t.setDaemon(true);
        return t;
    });

    Probe(String jdbcUrl, String user, String password) throws SQLException {
        jdbc = DriverManager.getConnection(jdbcUrl, user, password);
    }

    String variable(String name) throws SQLException {
        try (Statement s = jdbc.createStatement(); ResultSet r = s.executeQuery("SELECT @@" + name)) {
            r.next();
            return r.getString(1);
        }
    }

    Snapshot take() {
        Map<String, Long> status = new HashMap<>();
        try (Statement s = jdbc.createStatement(); ResultSet r = s.executeQuery("SHOW GLOBAL STATUS")) {
            while (r.next()) {
                if (STATUS.contains(r.getString(1))) {
                    status.put(r.getString(1), r.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Snapshot(System.nanoTime(), StatementCounter.snapshot(), status, rows(), cpu.sample());
    }

    /** Rows of each booking table that exists yet (a multi-row insert books many units with one statement). */
    private Map<String, Long> rows() {
        Map<String, Long> rows = new HashMap<>();
        for (String table : Profiles.BOOKING_TABLES) {
            try (Statement s = jdbc.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                r.next();
                rows.put(table, r.getLong(1));
            } catch (SQLException e) {
                // bench_posting exists only once the raw baseline has run
            }
        }
        return rows;
    }

    /**
     * Takes a snapshot when {@code open} completes and another when {@code close} does, samples the
     * pool every 100 ms between them, with a JFR CPU profile between them when {@code profile};
     * blocks until the end.
     */
    Window window(CompletableFuture<?> open, CompletableFuture<?> close, boolean profile) throws Exception {
        open.get(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        HotMethods hot = profile ? new HotMethods().start() : null;
        Snapshot from = take();
        List<int[]> pool = new ArrayList<>();
        ScheduledFuture<?> sampling = timer.scheduleAtFixedRate(() -> StatementCounter.poolMetrics().ifPresent(m ->
                pool.add(new int[] {m.acquiredSize(), m.pendingAcquireSize()})), 0, 100, TimeUnit.MILLISECONDS);
        close.get(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        Snapshot to = take();
        sampling.cancel(false);
        List<String> hotMethods = hot == null ? List.of() : hot.stop();
        List<int[]> samples = timer.submit(() -> new ArrayList<>(pool)).get();
        return new Window(from, to, samples.stream().mapToInt(s -> s[0]).average().orElse(Double.NaN),
                samples.stream().mapToInt(s -> s[1]).average().orElse(Double.NaN),
                samples.stream().mapToInt(s -> s[1]).max().orElse(0), hotMethods);
    }

    /** A future completed at the instant {@code atNanos} (System.nanoTime). */
    CompletableFuture<Void> at(long atNanos) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        timer.schedule(() -> f.complete(null), atNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        return f;
    }

    static int poolSize() {
        return StatementCounter.poolMetrics().map(PoolMetrics::getMaxAllocatedSize).orElse(-1);
    }

    @Override
    public void close() throws SQLException {
        timer.shutdownNow();
        jdbc.close();
    }
}
