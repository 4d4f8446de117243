package org.onecard.terminal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The bench's output: every line goes to stdout at once and to the report file at the end. */
final class BenchReport {

    /** One run's headline figures. */
    record Figures(double perSecond, double p50Ms, double p99Ms, double p999Ms) {
        static Figures of(double perSecond, Latencies l) {
            return new Figures(perSecond, l.percentileMs(50), l.percentileMs(99), l.percentileMs(99.9));
        }
    }

    private static final double GOAL_PER_SECOND = 5_000;
    private static final double GOAL_P99_MS = 20;

    private final List<String> lines = new ArrayList<>();
    private int cores;
    private int poolSize;
    List<Figures> echo = List.of();
    List<Figures> unbatched = List.of();
    List<Figures> closed = List.of();
    List<Figures> open = List.of();
    List<Figures> hot = List.of();
    List<Figures> baseline = List.of();
    Figures backlogFigures;
    Figures lastBaseline;
    final List<Double> readsPerSecond = new ArrayList<>();
    boolean baselineTablesMade;

    void line(String text) {
        lines.add(text);
        System.out.println(text);
    }

    void facts(Probe probe, int terminals, int pool) throws SQLException, IOException {
        cores = Runtime.getRuntime().availableProcessors();
        poolSize = pool;
        String flush = probe.variable("innodb_flush_log_at_trx_commit");
        line("Terminal benchmark, " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS) + ": " + terminals
                + " terminals (BENCH_TERMINALS), open loop at BENCH_RATE, BENCH_RUNS runs, medians at the end");
        line(String.format("machine: %d cores, %s, load average before the run %s; Java %s; generator and server in"
                        + " one JVM (generator on 1 thread of its own), MariaDB on the same machine", cores, memory(),
                Files.readString(Path.of("/proc/loadavg")).trim().split(" 0*\\d+/")[0],
                System.getProperty("java.version")));
        line(String.format("MariaDB %s: innodb_flush_log_at_trx_commit=%s, sync_binlog=%s, log_bin=%s,"
                        + " innodb_flush_method=%s, innodb_buffer_pool_size=%d MiB, innodb_log_file_size=%d MiB;"
                        + " R2DBC pool max-size %d", probe.variable("version"), flush, probe.variable("sync_binlog"),
                probe.variable("log_bin"), probe.variable("innodb_flush_method"),
                Long.parseLong(probe.variable("innodb_buffer_pool_size")) >> 20,
                Long.parseLong(probe.variable("innodb_log_file_size")) >> 20, pool));
        if (!"1".equals(flush)) {
            throw new AssertionError("innodb_flush_log_at_trx_commit is " + flush
                    + ", so commits are not durable: the bench would measure a database that can lose payments");
        }
    }

    Figures phase(LoadPhase phase, Probe.Window window, double approvalsPerSecond) {
        checkApprovals(phase);
        line(phase.name + ":");
        line(String.format("  %.0f approvals/s over %.0f s (measured from %.0f s on: the warm-up, and until every"
                        + " terminal had its first reply); latency %s; field 39 %s; generator thread %.2f cores,"
                        + " %.0f µs CPU per exchange", approvalsPerSecond, phase.measuredSeconds(), phase.warmedSeconds(),
                phase.latencies.summary(), phase.codes, phase.generatorCores(), phase.generatorMicrosPerExchange()));
        Profiles.describe(window, Profiles.APPROVAL, cores, poolSize).forEach(this::line);
        return Figures.of(approvalsPerSecond, phase.latencies);
    }

    Figures open(OpenLoop phase, Probe.Window window) {
        checkApprovals(phase);
        double achieved = phase.answeredInWindow / phase.measuredSeconds();
        line(String.format("open loop at %.0f requests/s, spread round-robin over the terminals:", phase.rate()));
        line(String.format("  achieved %.0f replies/s in the window (%d due in it, %d never sent within %d s of its end);"
                        + " latency from the due time %s; field 39 %s; generator thread %.2f cores, %.0f µs CPU per exchange",
                achieved, phase.replies(), phase.dropped, OpenLoop.DRAIN_SECONDS, phase.latencies.summary(), phase.codes,
                phase.generatorCores(), phase.generatorMicrosPerExchange()));
        Profiles.describe(window, Profiles.APPROVAL, cores, poolSize).forEach(this::line);
        return Figures.of(achieved, phase.latencies);
    }

    Figures baseline(RawBaseline.Result result, Probe.Window window, int concurrency) {
        line("raw baseline: insert posting, debit, credit, insert transfer in one READ COMMITTED transaction, "
                + concurrency + " at a time through the same pool:");
        line(String.format("  %.0f transactions/s; latency %s; %d failed", result.txPerSecond(),
                result.latencies().summary(), result.failed()));
        Profiles.describe(window, Profiles.TRANSACTION, cores, poolSize).forEach(this::line);
        lastBaseline = Figures.of(result.txPerSecond(), result.latencies());
        return lastBaseline;
    }

    void reads(RawBaseline.Result result, Probe.Window window, int concurrency) {
        line("raw point reads: SELECT by primary key, one pool connection each, no transaction, " + concurrency
                + " at a time:");
        line(String.format("  %.0f reads/s; latency %s; %d failed", result.txPerSecond(), result.latencies().summary(),
                result.failed()));
        line("  CPU: " + CpuMeter.between(window.from().cpu(), window.to().cpu(), cores));
        readsPerSecond.add(result.txPerSecond());
    }

    Figures backlog(BacklogUpload phase, int perMessage, Probe.Window window) {
        int booked = phase.records.getOrDefault("00", 0);
        if (booked * 2 < phase.recordsInWindow) {
            throw new AssertionError("offline backlog: most records were not booked: " + phase.records);
        }
        double perSecond = phase.recordsAnswered / phase.elapsedSeconds();
        line(String.format("offline backlog: %d terminals upload %,d records each at once, %d records per 0320, new"
                        + " messages for %.0f s:", phase.generator.lanes(), phase.total() / phase.generator.lanes(),
                perMessage, (phase.stopNanos - phase.startNanos) / 1e9));
        line(String.format("  %,d of %,d records answered in %.1f s (the last replies included): %.0f records/s;"
                        + " records' field 39 in the window %s; 0320 latency %s; at this rate the whole backlog takes"
                        + " %.0f s (goal: >= 20,000 records/s, %.0f s)", phase.recordsAnswered, phase.total(),
                phase.elapsedSeconds(), perSecond, phase.records, phase.latencies.summary(),
                phase.total() / perSecond, phase.total() / 20_000.0));
        Profiles.describe(window, Profiles.RECORD, cores, poolSize).forEach(this::line);
        backlogFigures = Figures.of(perSecond, phase.latencies);
        return backlogFigures;
    }

    void summary() {
        line("summary (median of " + closed.size() + " run" + (closed.size() == 1 ? "" : "s") + "):");
        line(String.format("  closed loop:  %6.0f approvals/s, p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms",
                median(closed, Figures::perSecond), median(closed, Figures::p50Ms), median(closed, Figures::p99Ms),
                median(closed, Figures::p999Ms)));
        if (!echo.isEmpty()) {
            line(String.format("  echo:         %6.0f messages/s, p99 %.1f ms (a message that reads nothing)",
                    median(echo, Figures::perSecond), median(echo, Figures::p99Ms)));
        }
        if (!unbatched.isEmpty()) {
            line(String.format("  group commit off: %6.0f approvals/s, p99 %.1f ms; on/off = %.2f",
                    median(unbatched, Figures::perSecond), median(unbatched, Figures::p99Ms),
                    median(closed, Figures::perSecond) / median(unbatched, Figures::perSecond)));
        }
        line(String.format("  open loop:    %6.0f replies/s achieved, p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms"
                        + " (from the due time)", median(open, Figures::perSecond), median(open, Figures::p50Ms),
                median(open, Figures::p99Ms), median(open, Figures::p999Ms)));
        line(String.format("  hot outlet:   %6.0f approvals/s, p99 %.1f ms (%.2f of the spread case)",
                median(hot, Figures::perSecond), median(hot, Figures::p99Ms),
                median(hot, Figures::perSecond) / median(closed, Figures::perSecond)));
        if (backlogFigures != null) {
            line(String.format("  backlog:      %6.0f offline records/s", backlogFigures.perSecond()));
        }
        line(String.format("  raw baseline: %6.0f transactions/s, p99 %.1f ms", median(baseline, Figures::perSecond),
                median(baseline, Figures::p99Ms)));
        double[] reads = readsPerSecond.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (reads.length > 0) {
            line(String.format("  raw reads:    %6.0f point reads/s through the pool", reads[reads.length / 2]));
        }
        line(String.format("  approvals/s / baseline tx/s = %.2f", median(closed, Figures::perSecond)
                / median(baseline, Figures::perSecond)));
        boolean met = median(closed, Figures::perSecond) >= GOAL_PER_SECOND && median(open, Figures::p99Ms) <= GOAL_P99_MS;
        line(String.format("  goal (issue 4): >= %.0f approvals/s with p99 <= %.0f ms: %s", GOAL_PER_SECOND, GOAL_P99_MS,
                met ? "met" : "NOT met"));
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
    }

    /** A bench of refusals measures nothing: most replies must be approvals. */
    private void checkApprovals(LoadPhase phase) {
        int replies = phase.replies() - phase.codes.getOrDefault(OpenLoop.UNSENT, 0);
        if (phase.approved() * 2 < replies) {
            line(phase.name + ": most requests were not approved: field 39 " + phase.codes);
            throw new AssertionError(phase.name + ": most requests were not approved: " + phase.codes);
        }
        if (phase.approved() < replies * 0.99) {
            line("  WARNING: " + (replies - phase.approved()) + " of " + replies
                    + " replies were not approvals: " + phase.codes);
        }
    }

    private static double median(List<Figures> runs, ToDoubleFunction<Figures> figure) {
        double[] sorted = runs.stream().mapToDouble(figure).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }

    private static String memory() throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (l.startsWith("MemTotal:")) {
                return String.format("%.1f GiB memory", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0);
            }
        }
        return "memory unknown";
    }
}
