package org.onecard.terminal.recharge;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.onecard.common.sql.Utc;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Table {@code terminal_recharge}: one row per recharge or cash-out booked at a terminal, written in
 * its posting's transaction; a reversal and a card-write failure mark it. The operators' cash reports
 * sum it.
 */
@Repository
public class RechargeStore {

    public enum Kind { RECHARGE, REFUND }

    /** A booked recharge (or cash-out) at a terminal. */
    public record Row(long id, long postingId, String key, Kind kind, long terminalId, String terminalCode,
                      long operatorId, long cardId, long amountFen, long bonusFen, Long bonusPostingId,
                      Long promotionId, LocalDate accountingDate, Instant createdAt, Long reversalPostingId,
                      LocalDate reversalDate, Instant writeFailedAt, Instant repairedAt, Long repairedBy,
                      String repairNote) {
    }

    /** What a new row needs. */
    public record NewRow(long postingId, String key, Kind kind, long terminalId, String terminalCode, long operatorId,
                         long cardId, long amountFen, long bonusFen, Long bonusPostingId, Long promotionId,
                         LocalDate accountingDate) {
    }

    private static final String COLUMNS = "id, posting_id, idem_key, kind, terminal_id, terminal_code, operator_id,"
            + " card_id, amount_fen, bonus_fen, bonus_posting_id, promotion_id, accounting_date, created_at,"
            + " reversal_posting_id, reversal_date, write_failed_at, repaired_at, repaired_by, repair_note";

    private final DatabaseClient db;

    RechargeStore(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Void> insert(NewRow r, Instant at) {
        GenericExecuteSpec s = db.sql("INSERT INTO terminal_recharge (posting_id, idem_key, kind, terminal_id,"
                        + " terminal_code, operator_id, card_id, amount_fen, bonus_fen, bonus_posting_id, promotion_id,"
                        + " accounting_date, created_at) VALUES (:posting, :key, :kind, :terminal, :code, :op, :card,"
                        + " :amount, :bonus, :bonusPosting, :promotion, :day, :at)")
                .bind("posting", r.postingId()).bind("key", r.key()).bind("kind", r.kind().name())
                .bind("terminal", r.terminalId()).bind("code", r.terminalCode()).bind("op", r.operatorId())
                .bind("card", r.cardId()).bind("amount", r.amountFen()).bind("bonus", r.bonusFen())
                .bind("day", r.accountingDate()).bind("at", Utc.toDb(at));
        s = r.bonusPostingId() == null ? s.bindNull("bonusPosting", Long.class) : s.bind("bonusPosting", r.bonusPostingId());
        s = r.promotionId() == null ? s.bindNull("promotion", Long.class) : s.bind("promotion", r.promotionId());
        return s.fetch().rowsUpdated().then();
    }

    public Mono<Row> byPosting(long postingId) {
        return db.sql("SELECT " + COLUMNS + " FROM terminal_recharge WHERE posting_id = :p").bind("p", postingId)
                .map(RechargeStore::read).one();
    }

    public Mono<Row> byId(long id) {
        return db.sql("SELECT " + COLUMNS + " FROM terminal_recharge WHERE id = :id").bind("id", id)
                .map(RechargeStore::read).one();
    }

    /** Marks the row reversed by that posting, once: false when it was reversed already (the caller rolls back). */
    public Mono<Boolean> markReversed(long id, long reversalPostingId, LocalDate day) {
        return db.sql("UPDATE terminal_recharge SET reversal_posting_id = :rev, reversal_date = :day"
                        + " WHERE id = :id AND reversal_posting_id IS NULL")
                .bind("rev", reversalPostingId).bind("day", day).bind("id", id)
                .fetch().rowsUpdated().map(n -> n == 1);
    }

    /** Records the terminal's report that the card write failed; a repeat keeps the first time. */
    public Mono<Void> markWriteFailed(long id, Instant at) {
        return db.sql("UPDATE terminal_recharge SET write_failed_at = :at WHERE id = :id AND write_failed_at IS NULL")
                .bind("at", Utc.toDb(at)).bind("id", id).fetch().rowsUpdated().then();
    }

    /** Marks an unrepaired write failure repaired; false when there is none under that id. */
    public Mono<Boolean> markRepaired(long id, long operatorId, String note, Instant at) {
        GenericExecuteSpec s = db.sql("UPDATE terminal_recharge SET repaired_at = :at, repaired_by = :op,"
                        + " repair_note = :note WHERE id = :id AND write_failed_at IS NOT NULL AND repaired_at IS NULL")
                .bind("at", Utc.toDb(at)).bind("op", operatorId).bind("id", id);
        s = note == null ? s.bindNull("note", String.class) : s.bind("note", note);
        return s.fetch().rowsUpdated().map(n -> n == 1);
    }

    /** Write failures, newest first; only the unrepaired ones when {@code openOnly}. */
    public Mono<List<Row>> writeFailures(boolean openOnly) {
        return db.sql("SELECT " + COLUMNS + " FROM terminal_recharge WHERE write_failed_at IS NOT NULL"
                        + (openOnly ? " AND repaired_at IS NULL" : "") + " ORDER BY write_failed_at DESC, id DESC")
                .map(RechargeStore::read).all().collectList();
    }

    /** Rows booked, or reversed, by any operator (or one) on a day in [from, to]. */
    public Flux<Row> touching(Long operatorId, LocalDate from, LocalDate to) {
        GenericExecuteSpec s = db.sql("SELECT " + COLUMNS + " FROM terminal_recharge WHERE"
                        + " ((accounting_date >= :from AND accounting_date <= :to)"
                        + " OR (reversal_date >= :from AND reversal_date <= :to))"
                        + (operatorId == null ? "" : " AND operator_id = :op") + " ORDER BY id")
                .bind("from", from).bind("to", to);
        return (operatorId == null ? s : s.bind("op", operatorId)).map(RechargeStore::read).all();
    }

    private static Row read(Readable r) {
        return new Row(num(r, "id"), num(r, "posting_id"), r.get("idem_key", String.class),
                Kind.valueOf(r.get("kind", String.class).trim()), num(r, "terminal_id"),
                r.get("terminal_code", String.class).trim(), num(r, "operator_id"), num(r, "card_id"),
                num(r, "amount_fen"), num(r, "bonus_fen"), opt(r, "bonus_posting_id"), opt(r, "promotion_id"),
                r.get("accounting_date", LocalDate.class), time(r, "created_at"), opt(r, "reversal_posting_id"),
                r.get("reversal_date", LocalDate.class), time(r, "write_failed_at"), time(r, "repaired_at"),
                opt(r, "repaired_by"), r.get("repair_note", String.class));
    }

    private static long num(Readable r, String column) {
        return ((Number) r.get(column)).longValue();
    }

    private static Long opt(Readable r, String column) {
        Number n = r.get(column, Number.class);
        return n == null ? null : n.longValue();
    }

    private static Instant time(Readable r, String column) {
        LocalDateTime t = r.get(column, LocalDateTime.class);
        return t == null ? null : Utc.fromDb(t);
    }
}
