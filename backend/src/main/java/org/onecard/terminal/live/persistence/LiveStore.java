package org.onecard.terminal.live.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
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

    /** All in one transaction: one commit per flush, however many terminals talked. */
    public Mono<Void> write(List<Seen> seen) {
        if (seen.isEmpty()) {
            return Mono.empty();
        }
        return tx.transactional(Flux.fromIterable(seen).concatMap(this::update).then());
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

    /** A trace is never cleared: a terminal with one has transacted and stays registered for its records. */
    private Mono<Long> update(Seen s) {
        boolean transacted = s.lastTransactionAt() != null;
        boolean traced = s.lastTrace() != null;
        GenericExecuteSpec spec = db.sql("UPDATE terminal SET last_seen_at = :seen"
                        + (transacted ? ", last_transaction_at = :txAt" : "") + (traced ? ", last_trace = :trace" : "")
                        + " WHERE id = :id")
                .bind("seen", Utc.toDb(s.lastSeenAt())).bind("id", s.terminalId());
        if (transacted) {
            spec = spec.bind("txAt", Utc.toDb(s.lastTransactionAt()));
        }
        return (traced ? spec.bind("trace", s.lastTrace()) : spec).fetch().rowsUpdated();
    }
}
