package org.onecard.ledger.persistence;

import io.r2dbc.spi.ConnectionFactory;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Set;
import org.onecard.common.sql.SqlPaging;
import org.onecard.common.sql.Utc;
import org.onecard.ledger.domain.TransferCode;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Transfers that touched some accounts, newest first: a cardholder's statement lines, optionally filtered. */
@Repository
public class HistoryStore {

    /** One movement seen from the accounts asked about: positive in, negative out. */
    public record Line(long transferId, long postingId, java.time.Instant occurredAt, TransferCode code,
                       long accountId, long signedAmount, Long balanceAfter, Long operatorId, String terminalId) {
    }

    /**
     * Which movements: of these accounts, optionally only from (inclusive) until (exclusive) an
     * instant, and only of these codes (empty: every code).
     */
    public record Filter(Collection<Long> accountIds, Instant from, Instant until, Set<TransferCode> codes) {

        public Filter {
            accountIds = Set.copyOf(accountIds);
            codes = Set.copyOf(codes);
        }

        public static Filter all(Collection<Long> accountIds) {
            return new Filter(accountIds, null, null, Set.of());
        }
    }

    private final DatabaseClient db;
    private final SqlPaging paging;

    public HistoryStore(DatabaseClient db, ConnectionFactory connectionFactory) {
        this.db = db;
        this.paging = SqlPaging.forDatabase(connectionFactory.getMetadata().getName());
    }

    public Flux<Line> lines(Collection<Long> accountIds, int offset, int limit) {
        return lines(Filter.all(accountIds), offset, limit);
    }

    public Flux<Line> lines(Filter filter, int offset, int limit) {
        Set<Long> ids = Set.copyOf(filter.accountIds());
        return bind(db.sql("SELECT t.id, t.posting_id, t.code, t.amount, t.debit_account_id, t.credit_account_id,"
                        + " t.debit_balance_after, t.credit_balance_after, p.occurred_at, p.operator_id, p.terminal_id"
                        + " FROM ledger_transfer t JOIN ledger_posting p ON p.id = t.posting_id"
                        + where(filter) + " ORDER BY t.id DESC" + paging.clause()), filter)
                .bind("offset", offset).bind("limit", limit)
                .map(row -> {
                    long debit = row.get("debit_account_id", Long.class);
                    boolean out = ids.contains(debit);
                    long amount = row.get("amount", Long.class);
                    return new Line(row.get("id", Long.class), row.get("posting_id", Long.class),
                            row.get("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            TransferCode.valueOf(row.get("code", String.class)),
                            out ? debit : row.get("credit_account_id", Long.class),
                            out ? -amount : amount,
                            out ? row.get("debit_balance_after", Long.class) : row.get("credit_balance_after", Long.class),
                            row.get("operator_id", Long.class), row.get("terminal_id", String.class));
                })
                .all();
    }

    public Mono<Long> count(Collection<Long> accountIds) {
        return count(Filter.all(accountIds));
    }

    public Mono<Long> count(Filter filter) {
        boolean byTime = filter.from() != null || filter.until() != null;
        return bind(db.sql("SELECT COUNT(*) AS n FROM ledger_transfer t"
                        + (byTime ? " JOIN ledger_posting p ON p.id = t.posting_id" : "") + where(filter)), filter)
                .map(row -> ((Number) row.get("n")).longValue()).one();
    }

    private static String where(Filter filter) {
        return " WHERE (t.debit_account_id IN (:ids) OR t.credit_account_id IN (:ids))"
                + (filter.from() == null ? "" : " AND p.occurred_at >= :from")
                + (filter.until() == null ? "" : " AND p.occurred_at < :until")
                + (filter.codes().isEmpty() ? "" : " AND t.code IN (:codes)");
    }

    private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, Filter filter) {
        spec = spec.bind("ids", filter.accountIds());
        if (filter.from() != null) {
            spec = spec.bind("from", Utc.toDb(filter.from()));
        }
        if (filter.until() != null) {
            spec = spec.bind("until", Utc.toDb(filter.until()));
        }
        if (!filter.codes().isEmpty()) {
            spec = spec.bind("codes", filter.codes().stream().map(Enum::name).sorted().toList());
        }
        return spec;
    }
}
