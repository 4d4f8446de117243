package org.onecard.terminal.offline;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onecard.common.sql.CoalescedReads;
import org.onecard.common.sql.SqlPaging;
import org.onecard.common.sql.Utc;
import org.onecard.common.text.Ascii;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The {@code offline_record} table: each offline record once, with what became of it. */
@Repository
public class OfflineStore {

    /** A record as stored; postingId, cardId and personId null when rejected. */
    public record Stored(String key, String terminalCode, String trace, String batchNo, String source,
                         String credential, long amountFen, Instant occurredAt, Instant receivedAt, String hash,
                         String status, int resultCode, Long postingId, Long cardId, Long personId, boolean overdrawn) {
    }

    /** Count and amount of a terminal's batch as received. */
    public record Totals(long count, long amountFen) {
    }

    public static final String BOOKED = "BOOKED";
    public static final String REJECTED = "REJECTED";
    /** Rows per multi-row insert: 4 bound parameters a row keeps SQL Server well under its 2,100. */
    private static final int INSERT_ROWS = 100;
    private static final String COLUMNS = "idem_key, terminal_code, trace, batch_no, source, credential, amount_fen,"
            + " occurred_at, received_at, request_hash, status, result_code, posting_id, card_id, person_id, overdrawn";

    private final DatabaseClient db;
    private final SqlPaging paging;
    private final CoalescedReads<String, Stored> byKey = new CoalescedReads<>(200, 2, this::findAll);

    OfflineStore(DatabaseClient db, ConnectionFactory connectionFactory) {
        this.db = db;
        this.paging = SqlPaging.forDatabase(connectionFactory.getMetadata().getName());
    }

    /** Never inside a transaction: look-ups that arrive together (a backlog's uploads) go as one statement. */
    Mono<Stored> find(String key) {
        return byKey.read(key);
    }

    private Mono<Map<String, Stored>> findAll(List<String> keys) {
        return db.sql("SELECT " + COLUMNS + " FROM offline_record WHERE idem_key IN (:keys)").bind("keys", keys)
                .map(OfflineStore::toStored).all().collectMap(Stored::key, stored -> stored);
    }

    /** Inserts the record's outcome; false when the key holds one already (nothing written). */
    Mono<Boolean> insert(Stored s) {
        GenericExecuteSpec spec = db.sql("INSERT INTO offline_record (" + COLUMNS + ") VALUES (:key, :terminal,"
                        + " :trace, :batch, :source, :credential, :amount, :occurred, :received, :hash, :status, :result,"
                        + " :posting, :card, :person, :overdrawn)")
                .bind("key", s.key()).bind("terminal", s.terminalCode()).bind("trace", s.trace())
                .bind("batch", s.batchNo()).bind("source", s.source()).bind("credential", s.credential())
                .bind("amount", s.amountFen()).bind("occurred", Utc.toDb(s.occurredAt()))
                .bind("received", Utc.toDb(s.receivedAt())).bind("hash", s.hash()).bind("status", s.status())
                .bind("result", s.resultCode()).bind("overdrawn", s.overdrawn());
        spec = nullable(spec, "posting", s.postingId());
        spec = nullable(spec, "card", s.cardId());
        spec = nullable(spec, "person", s.personId());
        return spec.fetch().rowsUpdated().map(n -> n == 1)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(false));
    }

    /**
     * Inserts many records' outcomes, a hundred rows per statement; a key that holds one already
     * fails the statement with a {@link DuplicateKeyException}. What the terminal chose as text (key,
     * terminal, credential) and the times are bound; digits, hex and status names are checked and
     * written as literals, since hundreds of bound parameters cost more than the insert.
     */
    Mono<Void> insertAll(List<Stored> rows) {
        return Flux.range(0, (rows.size() + INSERT_ROWS - 1) / INSERT_ROWS).concatMap(c -> {
            List<Stored> chunk = rows.subList(c * INSERT_ROWS, Math.min(rows.size(), (c + 1) * INSERT_ROWS));
            StringBuilder sql = new StringBuilder("INSERT INTO offline_record (" + COLUMNS + ") VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                Stored s = chunk.get(i);
                sql.append(i == 0 ? "(" : ", (").append(":k").append(i).append(", :t").append(i).append(", '")
                        .append(literal(s.trace(), Ascii.digits(s.trace(), 1, 12))).append("', '")
                        .append(literal(s.batchNo(), Ascii.digits(s.batchNo(), 1, 12))).append("', '")
                        .append(literal(s.source(), Ascii.upperLetters(s.source(), 1, 16))).append("', :c").append(i)
                        .append(", ").append(s.amountFen()).append(", :o").append(i).append(", :received, '")
                        .append(literal(s.hash(), Ascii.lowerHex(s.hash(), 64))).append("', '")
                        .append(literal(s.status(), Ascii.upperLetters(s.status(), 1, 16))).append("', ")
                        .append(s.resultCode()).append(", ").append(s.postingId()).append(", ").append(s.cardId())
                        .append(", ").append(s.personId()).append(s.overdrawn() ? ", :yes)" : ", :no)");
            }
            GenericExecuteSpec spec = db.sql(sql.toString()).bind("received", Utc.toDb(chunk.get(0).receivedAt()));
            spec = chunk.stream().anyMatch(Stored::overdrawn) ? spec.bind("yes", true) : spec;
            spec = chunk.stream().allMatch(Stored::overdrawn) ? spec : spec.bind("no", false);
            for (int i = 0; i < chunk.size(); i++) {
                Stored s = chunk.get(i);
                spec = spec.bind("k" + i, s.key()).bind("t" + i, s.terminalCode()).bind("c" + i, s.credential())
                        .bind("o" + i, Utc.toDb(s.occurredAt()));
            }
            return spec.then();
        }).then();
    }

    /** The value, checked to be safe as a literal; an unsafe one is a bug upstream and fails the statement. */
    private static String literal(String value, boolean safe) {
        if (!safe) {
            throw new IllegalArgumentException("not safe as a literal: " + value);
        }
        return value;
    }

    /** What the server holds of a terminal's batch, rejected records included. */
    Mono<Totals> totals(String terminalCode, String batchNo) {
        return db.sql("SELECT COUNT(*) AS n, COALESCE(SUM(amount_fen), 0) AS fen FROM offline_record"
                        + " WHERE terminal_code = :terminal AND batch_no = :batch")
                .bind("terminal", terminalCode).bind("batch", batchNo)
                .map(r -> new Totals(((Number) r.get("n")).longValue(), ((Number) r.get("fen")).longValue())).one();
    }

    /** Which records a list shows; null / false / empty narrows nothing. */
    public record Filter(String terminalCode, String status, boolean overdrawnOnly, Set<Long> outletScope) {
    }

    /** Newest first. */
    public Flux<Stored> page(Filter f, long offset, int limit) {
        return bind(db.sql("SELECT " + COLUMNS + " FROM offline_record" + where(f)
                + " ORDER BY received_at DESC, idem_key" + paging.clause()), f)
                .bind("offset", offset).bind("limit", limit).map(OfflineStore::toStored).all();
    }

    public Mono<Long> count(Filter f) {
        return bind(db.sql("SELECT COUNT(*) AS n FROM offline_record" + where(f)), f)
                .map(r -> ((Number) r.get("n")).longValue()).one();
    }

    private static String where(Filter f) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (f.terminalCode() != null) {
            where.append(" AND terminal_code = :terminal");
        }
        if (f.status() != null) {
            where.append(" AND status = :status");
        }
        if (f.overdrawnOnly()) {
            where.append(" AND overdrawn = :overdrawn");
        }
        if (!f.outletScope().isEmpty()) {
            where.append(" AND terminal_code IN (SELECT code FROM terminal WHERE outlet_id IN (:scope))");
        }
        return where.toString();
    }

    private static GenericExecuteSpec bind(GenericExecuteSpec spec, Filter f) {
        if (f.terminalCode() != null) {
            spec = spec.bind("terminal", f.terminalCode());
        }
        if (f.status() != null) {
            spec = spec.bind("status", f.status());
        }
        if (f.overdrawnOnly()) {
            spec = spec.bind("overdrawn", true);
        }
        if (!f.outletScope().isEmpty()) {
            spec = spec.bind("scope", f.outletScope());
        }
        return spec;
    }

    private static GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, Long value) {
        return value == null ? spec.bindNull(name, Long.class) : spec.bind(name, value);
    }

    private static Stored toStored(Readable r) {
        return new Stored(r.get("idem_key", String.class), r.get("terminal_code", String.class),
                r.get("trace", String.class), r.get("batch_no", String.class), r.get("source", String.class),
                r.get("credential", String.class), r.get("amount_fen", Long.class), instant(r, "occurred_at"),
                instant(r, "received_at"), r.get("request_hash", String.class).trim(), r.get("status", String.class),
                ((Number) r.get("result_code")).intValue(), r.get("posting_id", Long.class), r.get("card_id", Long.class),
                r.get("person_id", Long.class), Boolean.TRUE.equals(r.get("overdrawn", Boolean.class)));
    }

    private static Instant instant(Readable r, String column) {
        return Utc.fromDb(r.get(column, LocalDateTime.class));
    }
}
