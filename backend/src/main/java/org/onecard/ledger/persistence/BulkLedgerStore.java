package org.onecard.ledger.persistence;

import static org.onecard.ledger.persistence.LedgerStore.toUtc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.LocalDateTime;
import org.onecard.common.error.ResultCode;
import org.onecard.common.text.Ascii;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.OwnerType;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferLeg;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The ledger's statements for many postings at once: multi-row inserts and one CASE update per
 * few hundred wallets, so a batch of 10,000 postings costs a few hundred statements. Chunks keep
 * every statement under SQL Server's 2,100 parameters. Runs inside the caller's transaction.
 */
@Repository
public class BulkLedgerStore {

    /** ledger_posting binds at most 4 parameters a row. */
    private static final int POSTING_ROWS = 150;
    /** ledger_transfer rows are literals; the cap keeps statements of a sensible size. */
    private static final int TRANSFER_ROWS = 200;
    private static final int IN_LIST = 500;

    /** One transfer to write, with the wallet balances after it (null for counter-accounts). */
    public record TransferRow(long postingId, LocalDate accountingDate, int seq, TransferLeg leg, Long debitAfter,
                              Long creditAfter) {
    }

    private final DatabaseClient db;

    public BulkLedgerStore(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Inserts the posting rows, each on its own time and accounting date when it asks for them, else
     * the batch's; a key used before fails with {@link KeyTakenException}. Numbers
     * and the request hashes (hex digits the ledger computed) are written as literals, text the
     * sender chose (keys, notes, terminals) is bound: thousands of bound parameters cost more than
     * the insert.
     */
    public Mono<Void> insertPostings(List<PostingRequest> requests, List<String> hashes, Instant occurredAt,
                                     Instant receivedAt, LocalDate accountingDate) {
        return Flux.range(0, chunks(requests.size(), POSTING_ROWS)).concatMap(c -> {
            int from = c * POSTING_ROWS;
            int to = Math.min(requests.size(), from + POSTING_ROWS);
            StringBuilder sql = new StringBuilder("INSERT INTO ledger_posting (idem_key, request_hash, status,"
                    + " result_code, operator_id, terminal_id, occurred_at, received_at, accounting_date, overdrawn, note)"
                    + " VALUES ");
            for (int i = from; i < to; i++) {
                PostingRequest r = requests.get(i);
                sql.append(i == from ? "" : ", ").append("(:k").append(i).append(", '").append(hex(hashes.get(i)))
                        .append("', 'POSTED', ").append(ResultCode.OK.code()).append(", ").append(r.operatorId())
                        .append(r.terminalId() == null ? ", NULL" : ", :term" + i)
                        .append(r.occurredAt() == null ? ", :at" : ", :at" + i)
                        .append(", :received").append(r.accountingDate() == null ? ", :date" : ", :date" + i)
                        .append(", :no").append(r.note() == null ? ", NULL)" : ", :note" + i + ")");
            }
            GenericExecuteSpec spec = db.sql(sql.toString()).bind("received", toUtc(receivedAt)).bind("no", false);
            // bound only when a row uses it: a driver refuses a name the statement does not hold
            if (requests.subList(from, to).stream().anyMatch(r -> r.occurredAt() == null)) {
                spec = spec.bind("at", toUtc(occurredAt));
            }
            if (requests.subList(from, to).stream().anyMatch(r -> r.accountingDate() == null)) {
                spec = spec.bind("date", accountingDate);
            }
            for (int i = from; i < to; i++) {
                PostingRequest r = requests.get(i);
                spec = spec.bind("k" + i, r.idempotencyKey());
                spec = r.terminalId() == null ? spec : spec.bind("term" + i, r.terminalId());
                spec = r.occurredAt() == null ? spec : spec.bind("at" + i, toUtc(r.occurredAt()));
                spec = r.accountingDate() == null ? spec : spec.bind("date" + i, r.accountingDate());
                spec = r.note() == null ? spec : spec.bind("note" + i, r.note());
            }
            String firstKey = requests.get(from).idempotencyKey();
            return spec.then().onErrorMap(DataIntegrityViolationException.class, e -> new KeyTakenException(firstKey, e));
        }).then();
    }

    private static String hex(String hash) {
        if (!Ascii.lowerHex(hash, 64)) {
            throw new IllegalArgumentException("not a SHA-256 hex digest");
        }
        return hash;
    }

    /**
     * Opens these people's wallets of one kind, a few hundred per statement; fails with
     * {@link DataIntegrityViolationException} when one was opened meanwhile (the caller then opens
     * them one by one).
     */
    public Mono<Void> openPersonWallets(AccountKind kind, List<Long> personIds, String namePrefix, LocalDateTime now) {
        if (!namePrefix.matches("[a-z ]{0,40}")) {
            return Mono.error(new IllegalArgumentException("a wallet name prefix is a few lower-case words"));
        }
        return Flux.range(0, chunks(personIds.size(), TRANSFER_ROWS)).concatMap(c -> {
            List<Long> chunk = personIds.subList(c * TRANSFER_ROWS, Math.min(personIds.size(), (c + 1) * TRANSFER_ROWS));
            StringBuilder sql = new StringBuilder("INSERT INTO ledger_account (kind, unit, owner_type, owner_id, name,"
                    + " tracks_balance, balance, created_at) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(:kind, :unit, :owner, ").append(chunk.get(i)).append(", '")
                        .append(namePrefix).append(chunk.get(i)).append("', :wallet, 0, :at)");
            }
            return db.sql(sql.toString()).bind("kind", kind.name()).bind("unit", kind.unit().name())
                    .bind("owner", OwnerType.PERSON).bind("wallet", kind.isWallet()).bind("at", now).then();
        }).then();
    }

    /** The ids of the postings with these keys. */
    public Mono<Map<String, Long>> postingIds(List<String> keys) {
        return Flux.range(0, chunks(keys.size(), IN_LIST))
                .concatMap(c -> db.sql("SELECT id, idem_key FROM ledger_posting WHERE idem_key IN (:keys)")
                        .bind("keys", keys.subList(c * IN_LIST, Math.min(keys.size(), (c + 1) * IN_LIST)))
                        .map(row -> Map.entry(row.get("idem_key", String.class), row.get("id", Long.class))).all())
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new);
    }

    /**
     * Adds each amount to its wallet, a few hundred wallets per statement, whatever the balance: a
     * credit, or an offline record's debit that may overdraw.
     */
    public Mono<Void> add(Map<Long, Long> amounts) {
        List<Map.Entry<Long, Long>> entries = new ArrayList<>(amounts.entrySet());
        return Flux.range(0, chunks(entries.size(), IN_LIST)).concatMap(c -> {
            List<Map.Entry<Long, Long>> chunk = entries.subList(c * IN_LIST, Math.min(entries.size(), (c + 1) * IN_LIST));
            StringBuilder sql = new StringBuilder("UPDATE ledger_account SET balance = balance + CASE id");
            for (Map.Entry<Long, Long> e : chunk) {
                sql.append(" WHEN ").append(e.getKey()).append(" THEN ").append(e.getValue());
            }
            sql.append(" END WHERE id IN (:ids)");
            return db.sql(sql.toString()).bind("ids", chunk.stream().map(Map.Entry::getKey).toList())
                    .fetch().rowsUpdated();
        }).then();
    }

    /**
     * Takes each amount (a positive number of fen) from its wallet in one statement per few hundred
     * wallets, each only where the balance covers it; fails with {@link DebitsShortException} when
     * any did not, and the caller's transaction rolls back.
     */
    public Mono<Void> debit(Map<Long, Long> amounts) {
        List<Map.Entry<Long, Long>> entries = new ArrayList<>(amounts.entrySet());
        return Flux.range(0, chunks(entries.size(), IN_LIST)).concatMap(c -> {
            List<Map.Entry<Long, Long>> chunk = entries.subList(c * IN_LIST, Math.min(entries.size(), (c + 1) * IN_LIST));
            StringBuilder amount = new StringBuilder("CASE id");
            for (Map.Entry<Long, Long> e : chunk) {
                if (e.getValue() <= 0) {
                    return Mono.error(new IllegalArgumentException("a debit is a positive amount: " + e));
                }
                amount.append(" WHEN ").append(e.getKey()).append(" THEN ").append(e.getValue());
            }
            amount.append(" END");
            return db.sql("UPDATE ledger_account SET balance = balance - " + amount + " WHERE id IN (:ids)"
                            + " AND balance >= " + amount)
                    .bind("ids", chunk.stream().map(Map.Entry::getKey).toList())
                    .fetch().rowsUpdated()
                    .flatMap(rows -> rows == chunk.size() ? Mono.<Void>empty()
                            : Mono.error(new DebitsShortException(rows, chunk.size())));
        }).then();
    }

    /** Flags these postings overdrawn; nothing when there are none. */
    public Mono<Void> markOverdrawn(Collection<Long> postingIds) {
        List<Long> ids = List.copyOf(postingIds);
        return Flux.range(0, chunks(ids.size(), IN_LIST))
                .concatMap(c -> db.sql("UPDATE ledger_posting SET overdrawn = :flag WHERE id IN (:ids)")
                        .bind("flag", true).bind("ids", ids.subList(c * IN_LIST, Math.min(ids.size(), (c + 1) * IN_LIST)))
                        .then())
                .then();
    }

    public Mono<Map<Long, Long>> balances(List<Long> ids) {
        return Flux.range(0, chunks(ids.size(), IN_LIST))
                .concatMap(c -> db.sql("SELECT id, balance FROM ledger_account WHERE id IN (:ids)")
                        .bind("ids", ids.subList(c * IN_LIST, Math.min(ids.size(), (c + 1) * IN_LIST)))
                        .map(row -> Map.entry(row.get("id", Long.class), row.get("balance", Long.class))).all())
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new);
    }

    /**
     * Every value of a transfer is a number, an ISO date or a {@code TransferCode} name, so the rows
     * are written as literals: binding thousands of parameters costs more than the insert itself.
     */
    public Mono<Void> insertTransfers(List<TransferRow> rows) {
        return Flux.range(0, chunks(rows.size(), TRANSFER_ROWS)).concatMap(c -> {
            int from = c * TRANSFER_ROWS;
            int to = Math.min(rows.size(), from + TRANSFER_ROWS);
            StringBuilder sql = new StringBuilder("INSERT INTO ledger_transfer (posting_id, accounting_date, seq,"
                    + " debit_account_id, credit_account_id, amount, code, debit_balance_after, credit_balance_after)"
                    + " VALUES ");
            for (int i = from; i < to; i++) {
                TransferRow t = rows.get(i);
                sql.append(i == from ? "(" : ", (").append(t.postingId()).append(", '").append(t.accountingDate())
                        .append("', ").append(t.seq()).append(", ")
                        .append(t.leg().debitAccountId()).append(", ").append(t.leg().creditAccountId()).append(", ")
                        .append(t.leg().amount()).append(", '").append(t.leg().code().name()).append("', ")
                        .append(t.debitAfter()).append(", ").append(t.creditAfter()).append(")");
            }
            return db.sql(sql.toString()).then();
        }).then();
    }

    private static int chunks(int size, int per) {
        return (size + per - 1) / per;
    }
}
