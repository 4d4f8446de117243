package org.onecard.terminal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.ledger.LedgerBatches;
import org.onecard.ledger.LedgerTransactions;
import org.onecard.ledger.StandardAccounts;
import org.onecard.people.ApiCalls;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.rules.MealPeriods;
import org.onecard.terminal.bench.BenchData.World;
import org.onecard.terminal.bench.LoadPhase.ClosedLoop;
import org.onecard.terminal.purchase.ApprovalBatcher;
import org.onecard.terminal.registry.application.TerminalCache;
import org.onecard.terminal.server.MessageHandler;
import org.onecard.terminal.server.TerminalServer;
import org.onecard.terminal.tools.TerminalMessages;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Hooks;

/**
 * `make bench-terminal`: N terminals (BENCH_TERMINALS, default 1,000) on TCP against the whole
 * server on a throwaway MariaDB database with durable commits — closed loop at maximum rate, open
 * loop at BENCH_RATE (default 5,000/s), the hot case of one outlet, and the raw 4-statement
 * transaction baseline on the same database — with a profile of where each approval's time goes.
 * Not a test: the name matches no Surefire pattern, so `make test` never runs it; it fails only
 * when the setup or the books are wrong or most requests are refused. Output: stdout and
 * target/bench-terminal.txt.
 */
@MariaDbTest
class TerminalBenchmark {

    private static final int TERMINALS = BenchSettings.integer("terminals", 1_000);
    private static final int CARDS = BenchSettings.integer("cards", 20_000);
    private static final int OUTLETS = BenchSettings.integer("outlets", 50);
    private static final int RATE = BenchSettings.integer("rate", 5_000);
    private static final int RUNS = BenchSettings.integer("runs", 1);
    private static final double WARM = BenchSettings.integer("warmup-seconds", 5);
    private static final double MEASURE = BenchSettings.integer("seconds", 15);
    private static final int BACKLOG_RECORDS = BenchSettings.integer("backlog-records", 2_000);
    private static final int BACKLOG_SECONDS = BenchSettings.integer("backlog-seconds", 10);
    /** The JIT compiles the server's reactive pipelines over the first minutes (slower on 2 shared cores): measured phases come after, at most this long. */
    private static final int SERVER_WARM_SECONDS = BenchSettings.integer("server-warmup-seconds", 300);
    private static final int WARM_ROUND_SECONDS = 20;
    private static final int PHASE_SETTLE_SECONDS = BenchSettings.integer("phase-settle-seconds", 120);
    private static final double SETTLED_JIT_CORES = 0.1;
    /** Machine numbers run 1-999 (the registry's rule): more connections than that share terminals. */
    private static final int MAX_TERMINALS = 999;

    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {
        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    DatabaseClient db;
    @Autowired
    LedgerBatches batches;
    @Autowired
    LedgerTransactions transactions;
    @Autowired
    StandardAccounts accounts;
    @Autowired
    MealPeriods meals;
    @Autowired
    TerminalServer server;
    @Autowired
    List<MessageHandler> handlers;
    @Autowired
    Environment env;
    @Autowired
    ApprovalBatcher batcher;
    @Autowired
    TerminalCache terminalCache;

    private final BenchReport report = new BenchReport();
    private Probe probe;

    @Test
    void terminals() throws Exception {
        // spring-security-test wraps every Reactor operator of the test JVM in a security-context
        // subscriber (ReactorContextTestExecutionListener); the server in production has no such hook
        Hooks.resetOnLastOperator(SecurityContext.class.getName());
        try (Probe p = new Probe(env.getProperty("spring.flyway.url"), env.getProperty("spring.flyway.user"),
                env.getProperty("spring.flyway.password"))) {
            probe = p;
            report.facts(probe, TERMINALS, Probe.poolSize());
            long setupStart = System.nanoTime();
            World world = new BenchData(web, operators, people, db, batches, accounts, meals)
                    .create(Math.min(TERMINALS, MAX_TERMINALS), CARDS, OUTLETS);
            report.line(String.format("setup: %d terminals over %d outlets (HTTP, a key each), %,d cards with %.2f yuan"
                            + " each (bulk SQL + ledger batch postings) in %.1f s", world.terminals().size(), OUTLETS,
                    CARDS, BenchData.BALANCE_FEN / 100.0, (System.nanoTime() - setupStart) / 1e9));
            generatorCeiling(world);
            try (LoadGenerator gen = new LoadGenerator(world.cards())) {
                connect(gen, world);
                warmUp(gen);
                report.echo = repeat(() -> closedLoop(gen, new ClosedLoop("echo (0800/301), " + gen.lanes()
                        + " terminals at maximum rate: the server's cost of a message that reads nothing", WARM, MEASURE,
                        LoadGenerator.Lane::echo)));
                batcher.enabled(false);
                report.unbatched = repeat(() -> closedLoop(gen, "closed loop, one transaction per approval (group"
                        + " commit off), " + gen.lanes() + " terminals at maximum rate"));
                batcher.enabled(true);
                report.closed = repeat(() -> closedLoop(gen, "closed loop, " + gen.lanes() + " terminals at maximum rate"));
                report.open = repeat(() -> openLoop(gen));
                long hot = world.outlets().get(0);
                moveTerminals(gen, hot);
                report.hot = repeat(() -> closedLoop(gen, "hot outlet: all " + gen.lanes()
                        + " terminals pay outlet " + hot + ", closed loop"));
                spreadTerminals(gen, world);
                backlog(gen, world);
            }
            report.baseline = repeat(() -> baseline(TERMINALS));
            report.summary();
            long verifyStart = System.nanoTime();
            Checks.booksClean(web, ApiCalls.as(web, operators, Roles.ADMIN).token());
            report.line(String.format("verify: the books are clean after the run (%.1f s)",
                    (System.nanoTime() - verifyStart) / 1e9));
        } finally {
            report.write(Path.of("target", "bench-terminal.txt"));
        }
    }

    /** The generator alone, against a server that approves at once: its ceiling and its CPU per exchange. */
    private void generatorCeiling(World world) throws Exception {
        try (StubServer stub = new StubServer(); LoadGenerator gen = new LoadGenerator(world.cards())) {
            gen.connect("127.0.0.1", stub.port(), world.terminals(), TERMINALS);
            ClosedLoop phase = gen.run(new ClosedLoop("generator", 2, 3), 60);
            report.line(String.format("generator alone (%d connections to a stub that approves at once): %.0f"
                            + " exchanges/s, %.0f µs of its thread's CPU per exchange, so %.2f cores at %d/s",
                    gen.lanes(), phase.approved() / phase.measuredSeconds(), phase.generatorMicrosPerExchange(),
                    phase.generatorMicrosPerExchange() * RATE / 1e6, RATE));
        }
    }

    private void connect(LoadGenerator gen, World world) throws Exception {
        long start = System.nanoTime();
        gen.connect("127.0.0.1", server.port(), world.terminals(), TERMINALS);
        LoadPhase signOn = gen.run(new LoadPhase.SignOn(), 60);
        assertThat(signOn.codes).as("every terminal signs on").containsOnlyKeys("00");
        report.line(String.format("connections: %d TCP connections%s, all signed on (0800 -> 00) in %.1f s",
                gen.lanes(), TERMINALS > MAX_TERMINALS ? " over " + MAX_TERMINALS
                        + " registered terminals (machine numbers stop at 999; the rest carry a second connection)" : "",
                (System.nanoTime() - start) / 1e9));
    }

    /**
     * The first purchases run interpreted and compile the server's code: they are not what is measured. They
     * run under a JFR recording like the measured windows', so that JFR's own start-up (some 2,000 compilations,
     * 0.6 of a core for 15 s) is not charged to the first phase measured.
     */
    private void warmUp(LoadGenerator gen) throws Exception {
        HotMethods profile = new HotMethods().start();
        String settled = settle(gen, LoadGenerator.Lane::purchase, SERVER_WARM_SECONDS);
        profile.stop();
        report.line("server warm-up (not measured, under a JFR recording): " + settled);
    }

    /**
     * Rounds of the phase's own load until the JIT compiler threads use less than {@link #SETTLED_JIT_CORES}
     * of a core (at most {@code maxSeconds}): each phase takes a path of its own (echo, one transaction per
     * approval, group commit), and a phase measured while C2 still compiles it — or recompiles the code it
     * shares with the last phase under new type profiles — loses a third of the machine to the compiler.
     */
    private String settle(LoadGenerator gen, ClosedLoop.Send send, int maxSeconds) throws Exception {
        CpuMeter cpu = new CpuMeter();
        long start = System.nanoTime();
        long exchanges = 0;
        List<String> rounds = new ArrayList<>();
        double jit;
        do {
            CpuMeter.Sample before = cpu.sample();
            ClosedLoop round = gen.run(new ClosedLoop("settle", 0, WARM_ROUND_SECONDS, send),
                    ClosedLoop.MAX_WARM_SECONDS + 300);
            jit = CpuMeter.jitCores(before, cpu.sample());
            exchanges += round.exchanges;
            rounds.add(String.format("%.2f", jit));
        } while (jit >= SETTLED_JIT_CORES && (System.nanoTime() - start) / 1e9 < maxSeconds);
        return String.format("%,d exchanges in %.0f s; JIT compiler cores in each %d s round: %s (%s)", exchanges,
                (System.nanoTime() - start) / 1e9, WARM_ROUND_SECONDS, String.join(", ", rounds),
                jit < SETTLED_JIT_CORES ? "settled" : "still compiling at the limit");
    }

    private BenchReport.Figures closedLoop(LoadGenerator gen, String title) throws Exception {
        return closedLoop(gen, new ClosedLoop(title, WARM, MEASURE));
    }

    private BenchReport.Figures closedLoop(LoadGenerator gen, ClosedLoop phase) throws Exception {
        report.line("  before \"" + phase.name.split(",")[0] + "\", its own load until the JIT settles: "
                + settle(gen, phase.send(), PHASE_SETTLE_SECONDS));
        String title = phase.name;
        gen.start(phase);
        Probe.Window window = probe.window(phase.opened, phase.closed, true);
        assertThat(phase.await(ClosedLoop.MAX_WARM_SECONDS + (long) MEASURE + 300)).as(title + " finishes").isTrue();
        return report.phase(phase, window, phase.approved() / phase.measuredSeconds());
    }

    private BenchReport.Figures openLoop(LoadGenerator gen) throws Exception {
        OpenLoop phase = new OpenLoop(RATE, WARM, MEASURE);
        gen.start(phase);
        Probe.Window window = probe.window(phase.opened, phase.closed, false);
        if (!phase.await(OpenLoop.DRAIN_SECONDS + 5)) {
            gen.onLoop(phase::abandon);
            assertThat(phase.await(120)).as("the requests in flight are answered").isTrue();
        }
        return report.open(phase, window);
    }

    /** Every terminal moves to one outlet, at once: the terminal cache is told. */
    private void moveTerminals(LoadGenerator gen, long outlet) throws Exception {
        db.sql("UPDATE terminal SET outlet_id = :outlet").bind("outlet", outlet).then().block();
        terminalCache.forget();
        gen.onLoop(() -> gen.all().forEach(lane -> lane.outletId = outlet));
    }

    private void spreadTerminals(LoadGenerator gen, World world) throws Exception {
        for (int i = 0; i < world.outlets().size(); i++) {
            db.sql("UPDATE terminal SET outlet_id = :outlet WHERE MOD(machine_no - 1, :n) = :i")
                    .bind("outlet", world.outlets().get(i)).bind("n", world.outlets().size()).bind("i", i).then().block();
        }
        terminalCache.forget();
        gen.onLoop(() -> gen.all().forEach(lane -> lane.outletId = lane.terminal.outletId()));
    }

    /** Only when the server has an offline batch upload handler (0320). */
    private void backlog(LoadGenerator gen, World world) throws Exception {
        if (handlers.stream().noneMatch(h -> h.handles("0320"))) {
            report.line("backlog: not measured (no offline upload handler yet)");
            return;
        }
        int longest = world.cards().stream().mapToInt(String::length).max().orElse(12);
        int perMessage = TerminalMessages.MAX_RECORDS_TEXT / (TerminalMessages.OfflineRecord.FIXED_LENGTH + longest);
        BacklogUpload phase = new BacklogUpload(BACKLOG_RECORDS, perMessage, WARM, BACKLOG_SECONDS);
        gen.start(phase);
        Probe.Window window = probe.window(phase.opened, phase.closed, true);
        assertThat(phase.await(BACKLOG_SECONDS + 600)).as("the uploads in flight are answered").isTrue();
        report.backlog(phase, perMessage, window);
    }

    private BenchReport.Figures baseline(int concurrency) throws Exception {
        RawBaseline raw = new RawBaseline(db, transactions.readCommitted(), CARDS);
        if (!report.baselineTablesMade) {
            raw.createTables();
            report.baselineTablesMade = true;
        }
        long from = System.nanoTime() + (long) (WARM * 1e9);
        long to = from + (long) (MEASURE * 1e9);
        RawBaseline.Result transfers = measured(() -> raw.run(concurrency, from, to), from, to,
                (result, window) -> report.baseline(result, window, concurrency)).result();
        long readsFrom = System.nanoTime() + (long) 1e9;
        long readsTo = readsFrom + (long) (MEASURE / 2 * 1e9);
        measured(() -> raw.reads(concurrency, readsFrom, readsTo), readsFrom, readsTo,
                (result, window) -> report.reads(result, window, concurrency));
        return report.lastBaseline;
    }

    private record Measured(RawBaseline.Result result, Probe.Window window) {
    }

    /** Runs {@code work} while the probe watches the window [from, to], then hands both to {@code report}. */
    private Measured measured(Callable<RawBaseline.Result> work, long from, long to,
                              BiConsumer<RawBaseline.Result, Probe.Window> report) throws Exception {
        ExecutorService probing = Executors.newSingleThreadExecutor();
        try {
            Future<Probe.Window> window = probing.submit(() -> probe.window(probe.at(from), probe.at(to), true));
            RawBaseline.Result result = work.call();
            Measured m = new Measured(result, window.get());
            report.accept(m.result(), m.window());
            return m;
        } finally {
            probing.shutdown();
        }
    }

    private <T> List<T> repeat(Callable<T> run) throws Exception {
        List<T> results = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            results.add(run.call());
        }
        return results;
    }
}
