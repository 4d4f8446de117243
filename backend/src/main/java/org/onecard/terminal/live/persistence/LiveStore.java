package org.onecard.terminal.live.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.onecard.common.sql.Utc;
import org.onecard.terminal.live.domain.LiveState;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The live-state columns of terminal: last_seen_at, last_transaction_at, last_trace. */
@Repository
public class LiveStore {

    /** What one flush writes for one terminal; the transaction parts are null when it had none since. */
    public record Seen(long terminalId, Instant lastSeenAt, Instant lastTransactionAt, Integer lastTrace) {
    }

    private final DatabaseClient db;
    private final TransactionalOperator tx;

    public LiveStore(DatabaseClient db, ReactiveTransactionManager transactions) {
        this.db = db;
        this.tx = TransactionalOperator.create(transactions);
    }

    /** Terminals per UPDATE: each binds up to seven values, well inside SQL Server's 2,100. */
    public static final int CHUNK = 200;

    /** All in one transaction and one statement per {@link #CHUNK} terminals: one commit per flush, however many talked. */
    public Mono<Void> write(List<Seen> seen) {
        if (seen.isEmpty()) {
            return Mono.empty();
        }
        List<List<Seen>> chunks = new ArrayList<>();
        for (int i = 0; i < seen.size(); i += CHUNK) {
            chunks.add(seen.subList(i, Math.min(seen.size(), i + CHUNK)));
        }
        return tx.transactional(Flux.fromIterable(chunks).concatMap(this::update).then());
    }

    public Mono<Map<Long, LiveState>> read(Collection<Long> terminalIds) {
        if (terminalIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT id, last_seen_at, last_transaction_at, last_trace FROM terminal WHERE id IN (:ids)")
                .bind("ids", terminalIds)
                .map(row -> Map.entry(row.get("id", Long.class), new LiveState(false,
                        Utc.fromDb(row.get("last_seen_at", LocalDateTime.class)),
                        Utc.fromDb(row.get("last_transaction_at", LocalDateTime.class)),
                        row.get("last_trace", Integer.class))))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /**
     * One UPDATE for the chunk: each column takes the terminal's new value by id, and keeps its own
     * when the terminal has none (a trace is never cleared: a terminal with one has transacted and
     * stays registered for its records).
     */
    private Mono<Long> update(List<Seen> chunk) {
        StringBuilder seenAt = new StringBuilder();
        StringBuilder txAt = new StringBuilder();
        StringBuilder trace = new StringBuilder();
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < chunk.size(); i++) {
            Seen s = chunk.get(i);
            seenAt.append(" WHEN :i").append(i).append(" THEN :s").append(i);
            if (s.lastTransactionAt() != null) {
                txAt.append(" WHEN :i").append(i).append(" THEN :t").append(i);
            }
            if (s.lastTrace() != null) {
                trace.append(" WHEN :i").append(i).append(" THEN :r").append(i);
            }
            ids.append(i == 0 ? ":i" : ", :i").append(i);
        }
        GenericExecuteSpec spec = db.sql("UPDATE terminal SET last_seen_at = CASE id" + seenAt + " ELSE last_seen_at END"
                + column("last_transaction_at", txAt) + column("last_trace", trace) + " WHERE id IN (" + ids + ")");
        for (int i = 0; i < chunk.size(); i++) {
            Seen s = chunk.get(i);
            spec = spec.bind("i" + i, s.terminalId()).bind("s" + i, Utc.toDb(s.lastSeenAt()));
            if (s.lastTransactionAt() != null) {
                spec = spec.bind("t" + i, Utc.toDb(s.lastTransactionAt()));
            }
            if (s.lastTrace() != null) {
                spec = spec.bind("r" + i, s.lastTrace());
            }
        }
        return spec.fetch().rowsUpdated();
    }

    private static String column(String name, StringBuilder whens) {
        return whens.isEmpty() ? "" : ", " + name + " = CASE id" + whens + " ELSE " + name + " END";
    }
}
