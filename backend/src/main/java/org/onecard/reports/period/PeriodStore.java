package org.onecard.reports.period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for accounting periods and their stored closing balances. Portable across the three databases. */
@Repository
public class PeriodStore {

    static final String OPEN = "OPEN";
    static final String CLOSED = "CLOSED";
    /** Rows per INSERT of closing balances: 2 parameters each, below SQL Server's 2,100. */
    private static final int BALANCES_PER_INSERT = 500;

    private final DatabaseClient db;

    public PeriodStore(DatabaseClient db) {
        this.db = db;
    }

    public Flux<AccountingPeriod> all() {
        return db.sql("SELECT period_month, status, closed_at, closed_by, reopened_at, reopened_by, reopen_reason"
                        + " FROM accounting_period ORDER BY period_month DESC")
                .map(row -> new AccountingPeriod(YearMonth.parse(row.get("period_month", String.class)),
                        CLOSED.equals(row.get("status", String.class)),
                        instant(row.get("closed_at", LocalDateTime.class)), row.get("closed_by", Long.class),
                        instant(row.get("reopened_at", LocalDateTime.class)), row.get("reopened_by", Long.class),
                        row.get("reopen_reason", String.class)))
                .all();
    }

    public Flux<YearMonth> closedMonths() {
        return db.sql("SELECT period_month FROM accounting_period WHERE status = :closed").bind("closed", CLOSED)
                .map(row -> YearMonth.parse(row.get("period_month", String.class))).all();
    }

    /** The accounting date of the first posting that moved money; empty when none did. */
    public Mono<LocalDate> firstActivity() {
        return db.sql("SELECT MIN(accounting_date) AS first_day FROM ledger_posting WHERE status = 'POSTED'")
                .map(row -> Optional.ofNullable(row.get("first_day", LocalDate.class))).one()
                .flatMap(Mono::justOrEmpty);
    }

    /** Marks the month closed; false when it was closed already (by someone else meanwhile, too). */
    public Mono<Boolean> markClosed(YearMonth month, long operatorId, Instant at) {
        return db.sql("UPDATE accounting_period SET status = :closed, closed_at = :at, closed_by = :by"
                        + " WHERE period_month = :month AND status = :open")
                .bind("closed", CLOSED).bind("open", OPEN).bind("at", utc(at)).bind("by", operatorId)
                .bind("month", month.toString())
                .fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? Mono.just(true) : insertClosed(month, operatorId, at));
    }

    private Mono<Boolean> insertClosed(YearMonth month, long operatorId, Instant at) {
        return db.sql("INSERT INTO accounting_period (period_month, status, closed_at, closed_by)"
                        + " VALUES (:month, :closed, :at, :by)")
                .bind("month", month.toString()).bind("closed", CLOSED).bind("at", utc(at)).bind("by", operatorId)
                .fetch().rowsUpdated().map(rows -> rows == 1)
                .onErrorReturn(DataIntegrityViolationException.class, false);
    }

    /** Marks a closed month open again with the reason; false when it was not closed. */
    public Mono<Boolean> markOpen(YearMonth month, long operatorId, Instant at, String reason) {
        return db.sql("UPDATE accounting_period SET status = :open, reopened_at = :at, reopened_by = :by,"
                        + " reopen_reason = :reason WHERE period_month = :month AND status = :closed")
                .bind("open", OPEN).bind("closed", CLOSED).bind("at", utc(at)).bind("by", operatorId)
                .bind("reason", reason).bind("month", month.toString())
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    public Mono<Void> deleteBalances(YearMonth month) {
        return db.sql("DELETE FROM period_balance WHERE period_month = :month").bind("month", month.toString())
                .fetch().rowsUpdated().then();
    }

    /** Stores the month's closing balance of each wallet account (account id to fen), in multi-row inserts. */
    public Mono<Void> insertBalances(YearMonth month, Map<Long, Long> closings) {
        List<Map.Entry<Long, Long>> rows = new ArrayList<>(closings.entrySet());
        List<List<Map.Entry<Long, Long>>> chunks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += BALANCES_PER_INSERT) {
            chunks.add(rows.subList(i, Math.min(rows.size(), i + BALANCES_PER_INSERT)));
        }
        return Flux.fromIterable(chunks).concatMap(chunk -> {
            StringBuilder sql = new StringBuilder("INSERT INTO period_balance (period_month, account_id, closing_fen) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(:m, :a").append(i).append(", :c").append(i)
                        .append(')');
            }
            DatabaseClient.GenericExecuteSpec spec = db.sql(sql.toString()).bind("m", month.toString());
            for (int i = 0; i < chunk.size(); i++) {
                spec = spec.bind("a" + i, chunk.get(i).getKey())
                        .bind("c" + i, chunk.get(i).getValue());
            }
            return spec.fetch().rowsUpdated();
        }).then();
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
