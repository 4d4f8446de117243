package org.onecard.terminal.bench;

import com.sun.management.OperatingSystemMXBean;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.onecard.testing.TestDatabase;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * `make bench-driver`: what one primary-key read costs this JVM's CPU through each layer the
 * server uses — Spring's DatabaseClient over the R2DBC pool (every statement of a purchase today),
 * the pool with the bare driver, the bare driver on a connection kept, 50 rows per IN statement
 * through the bare driver, and blocking JDBC as a yardstick — on a throwaway MariaDB database,
 * {@code CONCURRENCY} at a time, each layer measured side by side in every round. Where an
 * approval's CPU goes, and what batching reads would save. Output: stdout and target/bench-driver.txt.
 */
class DriverCostBenchmark {

    private static final int CONCURRENCY = 16;
    private static final int READS = BenchSettings.integer("driver-reads", 40_000);
    private static final int ROUNDS = BenchSettings.integer("driver-rounds", 3);
    private static final int ROWS = 1_000;
    private static final int PER_IN = 50;

    private final AtomicLong next = new AtomicLong();
    private final List<String> lines = new ArrayList<>();

    @Test
    void costPerRead() throws Exception {
        String name = TestDatabase.createThrowaway();
        ConnectionFactory driver = ConnectionFactories.get(TestDatabase.r2dbcUrlWithUser(name));
        ConnectionPool pool = new ConnectionPool(ConnectionPoolConfiguration.builder(driver)
                .initialSize(CONCURRENCY).maxSize(CONCURRENCY).build());
        try {
            fill(name);
            DatabaseClient spring = DatabaseClient.create(pool);
            line(String.format("JVM CPU per primary-key read, %,d reads a round, %d at a time (the first round warms up)",
                    READS, CONCURRENCY));
            for (int round = 1; round <= ROUNDS; round++) {
                line("round " + round + ":");
                measure("Spring DatabaseClient + pool", () -> Flux.range(0, READS).flatMap(i -> spring
                        .sql("SELECT v FROM t WHERE id = :id").bind("id", id()).map(r -> r.get(0, Long.class)).one(),
                        CONCURRENCY).then());
                measure("pool + bare driver", () -> Flux.range(0, READS).flatMap(i -> Mono.usingWhen(pool.create(),
                        this::oneRead, Connection::close), CONCURRENCY).then());
                List<Connection> kept = Flux.range(0, CONCURRENCY).flatMap(i -> Mono.<Connection>from(driver.create()))
                        .collectList().block();
                measure("bare driver, connection kept", () -> Flux.fromIterable(kept).flatMap(c -> Flux
                        .range(0, READS / CONCURRENCY).concatMap(i -> oneRead(c)), CONCURRENCY).then());
                measure(PER_IN + " rows per IN statement, bare driver", () -> Flux.fromIterable(kept).flatMap(c -> Flux
                        .range(0, READS / CONCURRENCY / PER_IN).concatMap(i -> inRead(c)), CONCURRENCY).then());
                Flux.fromIterable(kept).flatMap(Connection::close).then().block();
                measure("JDBC, a thread per connection", () -> Mono.fromRunnable(() -> jdbcReads(name)));
            }
        } finally {
            pool.dispose();
            TestDatabase.dropThrowaway(name);
            Files.write(Path.of("target", "bench-driver.txt"), lines);
        }
    }

    private void fill(String name) throws Exception {
        try (java.sql.Connection c = TestDatabase.jdbc(name); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id BIGINT NOT NULL PRIMARY KEY, v BIGINT NOT NULL) ENGINE=InnoDB");
            StringBuilder sql = new StringBuilder("INSERT INTO t (id, v) VALUES ");
            for (int id = 1; id <= ROWS; id++) {
                sql.append(id == 1 ? "" : ", ").append('(').append(id).append(", ").append(id * 7).append(')');
            }
            s.execute(sql.toString());
        }
    }

    private long id() {
        return 1 + next.incrementAndGet() % ROWS;
    }

    private Mono<Void> oneRead(Connection c) {
        return Flux.from(c.createStatement("SELECT v FROM t WHERE id = ?").bind(0, id()).execute())
                .flatMap(r -> r.map((row, meta) -> row.get(0, Long.class))).then();
    }

    private Mono<Void> inRead(Connection c) {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < PER_IN; i++) {
            ids.append(i == 0 ? "" : ", ").append(id());
        }
        return Flux.from(c.createStatement("SELECT v FROM t WHERE id IN (" + ids + ")").execute())
                .flatMap(r -> r.map((row, meta) -> row.get(0, Long.class))).then();
    }

    private void jdbcReads(String name) {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < CONCURRENCY; t++) {
            Thread thread = new Thread(() -> {
                try (java.sql.Connection c = TestDatabase.jdbc(name);
                     var read = c.prepareStatement("SELECT v FROM t WHERE id = ?")) {
                    for (int i = 0; i < READS / CONCURRENCY; i++) {
                        read.setLong(1, id());
                        try (var rows = read.executeQuery()) {
                            rows.next();
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private void measure(String layer, Supplier<Mono<Void>> reads) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        reads.get().block();
        double seconds = (System.nanoTime() - start) / 1e9;
        line(String.format("  %-40s %8.0f reads/s %7.1f µs CPU per read", layer, READS / seconds,
                (os.getProcessCpuTime() - cpu) / 1e3 / READS));
    }

    private void line(String line) {
        System.out.println(line);
        lines.add(line);
    }
}
