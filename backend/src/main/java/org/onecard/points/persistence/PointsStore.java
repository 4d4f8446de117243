package org.onecard.points.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The points tables: outlets' accrual rules and where redemptions were made. */
@Repository
public class PointsStore {

    /** An outlet's rule, with the outlet's name. */
    public record Rule(long outletId, String outletName, int pointsPerYuan, LocalDateTime updatedAt) {
    }

    /** A redemption; voidPostingId is the posting that gave the points back, if any. */
    public record Redemption(long postingId, long personId, Long outletId, String terminalNo, long points,
                             LocalDate accountingDate, Long operatorId, String note, Long voidPostingId) {
    }

    /** Points of one kind at one outlet (null: the counter) on one day. */
    public record DayPoints(Long outletId, LocalDate date, long points) {
    }

    private final DatabaseClient db;
    private final Clock clock;

    public PointsStore(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Flux<Rule> rules() {
        return db.sql("SELECT r.outlet_id, o.name, r.points_per_yuan, r.updated_at FROM points_rule r"
                        + " JOIN outlet o ON o.id = r.outlet_id ORDER BY r.outlet_id")
                .map(row -> new Rule(row.get("outlet_id", Long.class), row.get("name", String.class),
                        row.get("points_per_yuan", Integer.class), row.get("updated_at", LocalDateTime.class)))
                .all();
    }

    /** Sets the outlet's rate (portable: an update, else an insert). */
    public Mono<Void> putRule(long outletId, int pointsPerYuan, long operatorId) {
        LocalDateTime now = LocalDateTime.now(clock);
        return db.sql("UPDATE points_rule SET points_per_yuan = :rate, updated_at = :at, updated_by = :by"
                        + " WHERE outlet_id = :outlet")
                .bind("rate", pointsPerYuan).bind("at", now).bind("by", operatorId).bind("outlet", outletId)
                .fetch().rowsUpdated()
                .flatMap(n -> n > 0 ? Mono.empty() : db.sql("INSERT INTO points_rule"
                                + " (outlet_id, points_per_yuan, updated_at, updated_by) VALUES (:outlet, :rate, :at, :by)")
                        .bind("rate", pointsPerYuan).bind("at", now).bind("by", operatorId).bind("outlet", outletId)
                        .fetch().rowsUpdated())
                .then();
    }

    public Mono<Boolean> deleteRule(long outletId) {
        return db.sql("DELETE FROM points_rule WHERE outlet_id = :outlet").bind("outlet", outletId)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    public Mono<Boolean> outletExists(long outletId) {
        return exists("SELECT id FROM outlet WHERE id = :id", outletId);
    }

    public Mono<Boolean> personExists(long personId) {
        return exists("SELECT id FROM person WHERE id = :id", personId);
    }

    private Mono<Boolean> exists(String sql, long id) {
        return db.sql(sql).bind("id", id).map(row -> true).first().defaultIfEmpty(false);
    }

    public Mono<Map<Long, String>> outletNames() {
        return db.sql("SELECT id, name FROM outlet").map(row -> Map.entry(row.get("id", Long.class),
                row.get("name", String.class))).all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    public Mono<Void> insertRedemption(Redemption r) {
        return db.sql("INSERT INTO points_redemption (posting_id, person_id, outlet_id, terminal_no, points,"
                        + " accounting_date, operator_id, note) VALUES (:posting, :person, :outlet, :terminal, :points,"
                        + " :date, :operator, :note)")
                .bind("posting", r.postingId()).bind("person", r.personId())
                .bind("outlet", io(r.outletId(), Long.class)).bind("terminal", io(r.terminalNo(), String.class))
                .bind("points", r.points()).bind("date", r.accountingDate())
                .bind("operator", io(r.operatorId(), Long.class)).bind("note", io(r.note(), String.class))
                .fetch().rowsUpdated().then();
    }

    private static Object io(Object value, Class<?> type) {
        return value != null ? value : org.springframework.r2dbc.core.Parameter.empty(type);
    }

    public Mono<Redemption> redemption(long postingId) {
        return db.sql("SELECT * FROM points_redemption WHERE posting_id = :p").bind("p", postingId)
                .map(row -> new Redemption(row.get("posting_id", Long.class), row.get("person_id", Long.class),
                        row.get("outlet_id", Long.class), row.get("terminal_no", String.class),
                        row.get("points", Long.class), row.get("accounting_date", LocalDate.class),
                        row.get("operator_id", Long.class), row.get("note", String.class),
                        row.get("void_posting_id", Long.class)))
                .one();
    }

    /** Marks the redemption given back by {@code voidPostingId}; false when it already was. */
    public Mono<Boolean> markVoided(long postingId, long voidPostingId) {
        return db.sql("UPDATE points_redemption SET void_posting_id = :v WHERE posting_id = :p AND void_posting_id IS NULL")
                .bind("v", voidPostingId).bind("p", postingId).fetch().rowsUpdated().map(n -> n > 0);
    }

    /** Points earned by POS sales, by the sale's outlet and accounting date. */
    public Flux<DayPoints> earned(LocalDate from, LocalDate to) {
        return days("SELECT c.outlet_id AS outlet_id, t.accounting_date AS d, SUM(t.amount) AS n FROM ledger_transfer t"
                + " JOIN consumption c ON c.posting_id = t.posting_id WHERE t.code = 'POINTS_EARNED'"
                + " AND t.accounting_date BETWEEN :from AND :to GROUP BY c.outlet_id, t.accounting_date", from, to);
    }

    /** Earned points sent back by a void or reversal of their sale, on the void's date. */
    public Flux<DayPoints> earnedVoided(LocalDate from, LocalDate to) {
        return days("SELECT c.outlet_id AS outlet_id, t.accounting_date AS d, SUM(t.amount) AS n FROM ledger_transfer t"
                + " JOIN consumption c ON c.correction_posting_id = t.posting_id"
                + " JOIN ledger_account a ON a.id = t.credit_account_id WHERE a.kind = 'POINTS_ISSUED'"
                + " AND t.accounting_date BETWEEN :from AND :to GROUP BY c.outlet_id, t.accounting_date", from, to);
    }

    public Flux<DayPoints> spent(LocalDate from, LocalDate to) {
        return days("SELECT outlet_id, accounting_date AS d, SUM(points) AS n FROM points_redemption"
                + " WHERE accounting_date BETWEEN :from AND :to GROUP BY outlet_id, accounting_date", from, to);
    }

    /** Spent points given back by a void of the redemption, on the void's date. */
    public Flux<DayPoints> spentVoided(LocalDate from, LocalDate to) {
        return days("SELECT r.outlet_id AS outlet_id, t.accounting_date AS d, SUM(t.amount) AS n FROM points_redemption r"
                + " JOIN ledger_transfer t ON t.posting_id = r.void_posting_id"
                + " WHERE t.accounting_date BETWEEN :from AND :to GROUP BY r.outlet_id, t.accounting_date", from, to);
    }

    private Flux<DayPoints> days(String sql, LocalDate from, LocalDate to) {
        return db.sql(sql).bind("from", from).bind("to", to)
                .map(row -> new DayPoints(row.get("outlet_id", Long.class), row.get("d", LocalDate.class),
                        row.get("n", Number.class).longValue()))
                .all();
    }
}
