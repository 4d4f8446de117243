package org.onecard.ledger.persistence;

import io.r2dbc.spi.Readable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.PostingOutcome.PostedTransfer;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for the ledger. Portable across H2, MariaDB/MySQL and SQL Server. */
@Repository
public class LedgerStore {

    /** Kinds already read: an account's kind never changes and its id is never reused. */
    private static final int KINDS_KEPT = 200_000;

    private final DatabaseClient db;
    private final Map<Long, AccountKind> kindsSeen = new ConcurrentHashMap<>();

    public LedgerStore(DatabaseClient db) {
        this.db = db;
    }

    /** The kinds of these accounts (ids of no account are left out), read once per account. */
    public Mono<Map<Long, AccountKind>> accountKinds(Collection<Long> ids) {
        Map<Long, AccountKind> known = new HashMap<>();
        List<Long> unknown = new ArrayList<>();
        for (Long id : ids) {
            AccountKind kind = kindsSeen.get(id);
            if (kind != null) {
                known.put(id, kind);
            } else {
                unknown.add(id);
            }
        }
        if (unknown.isEmpty()) {
            return Mono.just(known);
        }
        return db.sql("SELECT id, kind FROM ledger_account WHERE id IN (:ids)")
                .bind("ids", unknown)
                .map(row -> Map.entry(row.get("id", Long.class), AccountKind.valueOf(row.get("kind", String.class))))
                .all()
                .doOnNext(this::remember)
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, () -> known);
    }

    private void remember(Map.Entry<Long, AccountKind> kind) {
        if (kindsSeen.size() >= KINDS_KEPT) {
            kindsSeen.clear();
        }
        kindsSeen.put(kind.getKey(), kind.getValue());
    }

    private static final String POSTING_COLUMNS = "SELECT id, idem_key, request_hash, status, result_code, overdrawn,"
            + " received_at, accounting_date FROM ledger_posting";

    public Mono<PostingRow> findPosting(String key) {
        return db.sql(POSTING_COLUMNS + " WHERE idem_key = :key").bind("key", key).map(LedgerStore::toPostingRow).one();
    }

    /** The postings of these keys (at most a few hundred), by key; keys never used are left out. */
    public Mono<Map<String, PostingRow>> findPostings(List<String> keys) {
        return db.sql(POSTING_COLUMNS + " WHERE idem_key IN (:keys)").bind("keys", keys)
                .map(LedgerStore::toPostingRow).all()
                .collectMap(PostingRow::idempotencyKey, row -> row);
    }

    private static PostingRow toPostingRow(Readable row) {
        return new PostingRow(
                row.get("id", Long.class),
                row.get("idem_key", String.class),
                row.get("request_hash", String.class),
                row.get("status", String.class),
                row.get("result_code", Integer.class),
                Boolean.TRUE.equals(row.get("overdrawn", Boolean.class)),
                toInstant(row.get("received_at", LocalDateTime.class)),
                row.get("accounting_date", LocalDate.class));
    }

    /** Inserts the posting row; a second request with the same key fails here with {@link KeyTakenException}. */
    public Mono<Long> insertPosting(PostingRequest request, String hash, String status, int resultCode,
                                    Instant occurredAt, Instant receivedAt, LocalDate accountingDate) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("INSERT INTO ledger_posting (idem_key, request_hash, status,"
                        + " result_code, operator_id, terminal_id, occurred_at, received_at, accounting_date, overdrawn, note)"
                        + " VALUES (:key, :hash, :status, :resultCode, :operatorId, :terminalId, :occurredAt, :receivedAt,"
                        + " :accountingDate, :overdrawn, :note)")
                .bind("key", request.idempotencyKey())
                .bind("hash", hash)
                .bind("status", status)
                .bind("resultCode", resultCode)
                .bind("occurredAt", toUtc(occurredAt))
                .bind("receivedAt", toUtc(receivedAt))
                .bind("accountingDate", accountingDate)
                .bind("overdrawn", false);
        spec = bindNullable(spec, "operatorId", request.operatorId(), Long.class);
        spec = bindNullable(spec, "terminalId", request.terminalId(), String.class);
        spec = bindNullable(spec, "note", request.note(), String.class);
        String key = request.idempotencyKey();
        return spec.filter(s -> s.returnGeneratedValues("id"))
                .map(row -> row.get("id", Long.class))
                .one()
                .onErrorMap(DataIntegrityViolationException.class, e -> new KeyTakenException(key, e));
    }

    public Mono<Void> markOverdrawn(long postingId) {
        return db.sql("UPDATE ledger_posting SET overdrawn = :flag WHERE id = :id")
                .bind("flag", true).bind("id", postingId).then();
    }

    /**
     * Applies a wallet's net change in one statement. A debit only happens while the balance
     * covers it, unless the posting may overdraw.
     */
    public Mono<Void> applyDelta(long accountId, long delta, boolean overdraftAllowed) {
        if (delta >= 0 || overdraftAllowed) {
            return db.sql("UPDATE ledger_account SET balance = balance + :delta WHERE id = :id")
                    .bind("delta", delta).bind("id", accountId)
                    .fetch().rowsUpdated().then();
        }
        return db.sql("UPDATE ledger_account SET balance = balance - :need WHERE id = :id AND balance >= :need")
                .bind("need", -delta).bind("id", accountId)
                .fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? Mono.<Void>empty() : Mono.error(new InsufficientFundsException(accountId)));
    }

    public Mono<Map<Long, Long>> balances(Collection<Long> ids) {
        return db.sql("SELECT id, balance FROM ledger_account WHERE id IN (:ids)")
                .bind("ids", ids)
                .map(row -> Map.entry(row.get("id", Long.class), row.get("balance", Long.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new);
    }

    /** A transfer of the posting, carrying the posting's accounting date (the statement sums by it). */
    public Mono<PostedTransfer> insertTransfer(long postingId, LocalDate accountingDate, int seq, TransferLeg leg,
                                               Long debitAfter, Long creditAfter) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("INSERT INTO ledger_transfer (posting_id, accounting_date, seq,"
                        + " debit_account_id, credit_account_id, amount, code, debit_balance_after, credit_balance_after)"
                        + " VALUES (:postingId, :date, :seq, :debit, :credit, :amount, :code, :debitAfter, :creditAfter)")
                .bind("postingId", postingId)
                .bind("date", accountingDate)
                .bind("seq", seq)
                .bind("debit", leg.debitAccountId())
                .bind("credit", leg.creditAccountId())
                .bind("amount", leg.amount())
                .bind("code", leg.code().name());
        spec = bindNullable(spec, "debitAfter", debitAfter, Long.class);
        spec = bindNullable(spec, "creditAfter", creditAfter, Long.class);
        return spec.filter(s -> s.returnGeneratedValues("id"))
                .map(row -> row.get("id", Long.class))
                .one()
                .map(id -> new PostedTransfer(id, leg.debitAccountId(), leg.creditAccountId(), leg.amount(), leg.code(),
                        debitAfter, creditAfter));
    }

    public Flux<PostedTransfer> transfersOf(long postingId) {
        return db.sql("SELECT id, debit_account_id, credit_account_id, amount, code, debit_balance_after,"
                        + " credit_balance_after FROM ledger_transfer WHERE posting_id = :postingId ORDER BY seq")
                .bind("postingId", postingId)
                .map(row -> new PostedTransfer(
                        row.get("id", Long.class),
                        row.get("debit_account_id", Long.class),
                        row.get("credit_account_id", Long.class),
                        row.get("amount", Long.class),
                        TransferCode.valueOf(row.get("code", String.class)),
                        row.get("debit_balance_after", Long.class),
                        row.get("credit_balance_after", Long.class)))
                .all();
    }

    static LocalDateTime toUtc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant toInstant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    static <T> DatabaseClient.GenericExecuteSpec bindNullable(DatabaseClient.GenericExecuteSpec spec, String name,
                                                              T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    public static List<Long> accountIds(List<TransferLeg> legs) {
        return legs.stream()
                .flatMap(leg -> java.util.stream.Stream.of(leg.debitAccountId(), leg.creditAccountId()))
                .distinct().toList();
    }
}
