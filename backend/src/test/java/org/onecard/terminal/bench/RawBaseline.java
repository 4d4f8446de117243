package org.onecard.terminal.bench;

import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The raw baseline: the smallest durable money movement — insert a posting, debit one account
 * conditionally, credit another, insert the transfer — in one READ COMMITTED transaction, through
 * the application's own R2DBC pool, at the same concurrency as the terminals, on scratch tables
 * in the same database. What a purchase costs above this is the application's own doing.
 */
final class RawBaseline {

    /** Transactions per second and their latencies in the measured window. */
    record Result(double txPerSecond, Latencies latencies, long failed) {
    }

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final int accounts;
    private final AtomicLong next = new AtomicLong();

    RawBaseline(DatabaseClient db, TransactionalOperator tx, int accounts) {
        this.db = db;
        this.tx = tx;
        this.accounts = accounts;
    }

    void createTables() {
        db.sql("CREATE TABLE bench_account (id BIGINT NOT NULL PRIMARY KEY, balance BIGINT NOT NULL) ENGINE=InnoDB")
                .then().block();
        db.sql("CREATE TABLE bench_posting (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, idem_key VARCHAR(64) NOT NULL,"
                + " amount BIGINT NOT NULL, created_at DATETIME(6) NOT NULL, CONSTRAINT uk_bench_posting UNIQUE (idem_key))"
                + " ENGINE=InnoDB").then().block();
        db.sql("CREATE TABLE bench_transfer (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, posting_id BIGINT NOT NULL,"
                + " debit_id BIGINT NOT NULL, credit_id BIGINT NOT NULL, amount BIGINT NOT NULL,"
                + " CONSTRAINT fk_bench_transfer_posting FOREIGN KEY (posting_id) REFERENCES bench_posting (id),"
                + " CONSTRAINT fk_bench_transfer_debit FOREIGN KEY (debit_id) REFERENCES bench_account (id),"
                + " CONSTRAINT fk_bench_transfer_credit FOREIGN KEY (credit_id) REFERENCES bench_account (id))"
                + " ENGINE=InnoDB").then().block();
        for (int from = 1; from <= 2 * accounts; from += 1_000) {
            StringBuilder sql = new StringBuilder("INSERT INTO bench_account (id, balance) VALUES ");
            for (int id = from; id < Math.min(2 * accounts + 1, from + 1_000); id++) {
                sql.append(id == from ? "" : ", ").append('(').append(id).append(", 1000000000)");
            }
            db.sql(sql.toString()).then().block();
        }
    }

    /** {@code concurrency} loops, each one transaction at a time, until {@code stop}; measured from {@code recordFrom} (System.nanoTime). */
    Result run(int concurrency, long recordFrom, long stop) {
        return loop(concurrency, recordFrom, stop, this::transfer);
    }

    /**
     * One primary-key read per pool connection, no transaction: what a single statement costs
     * through the stack, the unit of which a purchase's reads are made.
     */
    Result reads(int concurrency, long recordFrom, long stop) {
        return loop(concurrency, recordFrom, stop, () -> db.sql("SELECT balance FROM bench_account WHERE id = :id")
                .bind("id", 1 + next.incrementAndGet() % (2L * accounts)).map(r -> r.get(0, Long.class)).one().then());
    }

    private Result loop(int concurrency, long recordFrom, long stop, Supplier<Mono<Void>> work) {
        double measureSeconds = (stop - recordFrom) / 1e9;
        Latencies latencies = new Latencies();
        long[] counts = new long[2];
        Flux.range(0, concurrency)
                .flatMap(i -> Mono.defer(() -> {
                    long began = System.nanoTime();
                    return work.get().doOnSuccess(v -> {
                        long now = System.nanoTime();
                        if (now >= recordFrom && now <= stop) {
                            synchronized (latencies) {
                                latencies.add((now - began) / 1000);
                                counts[0]++;
                            }
                        }
                    }).onErrorResume(e -> {
                        synchronized (latencies) {
                            counts[1]++;
                        }
                        return Mono.empty();
                    });
                }).repeat(() -> System.nanoTime() < stop), concurrency)
                .blockLast();
        return new Result(counts[0] / measureSeconds, latencies, counts[1]);
    }

    /** The four statements; accounts are spread so that concurrent transactions touch different rows. */
    private Mono<Void> transfer() {
        long k = next.incrementAndGet();
        long debit = 1 + k % accounts;
        long credit = accounts + 1 + k % accounts;
        long amount = 100 + k % 1_900;
        Mono<Void> work = db.sql("INSERT INTO bench_posting (idem_key, amount, created_at) VALUES (:key, :amount, :at)")
                .bind("key", "raw-" + k).bind("amount", amount).bind("at", LocalDateTime.now())
                .filter(s -> s.returnGeneratedValues("id")).map(r -> r.get("id", Long.class)).one()
                .flatMap(posting -> db.sql("UPDATE bench_account SET balance = balance - :amount"
                                + " WHERE id = :id AND balance >= :amount").bind("amount", amount).bind("id", debit)
                        .fetch().rowsUpdated()
                        .then(db.sql("UPDATE bench_account SET balance = balance + :amount WHERE id = :id")
                                .bind("amount", amount).bind("id", credit).fetch().rowsUpdated())
                        .then(db.sql("INSERT INTO bench_transfer (posting_id, debit_id, credit_id, amount)"
                                        + " VALUES (:posting, :debit, :credit, :amount)").bind("posting", posting)
                                .bind("debit", debit).bind("credit", credit).bind("amount", amount).then()));
        return tx.transactional(work);
    }
}
