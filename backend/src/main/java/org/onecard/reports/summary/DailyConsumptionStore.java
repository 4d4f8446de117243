package org.onecard.reports.summary;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The SQL of the daily consumption summary: three grouped reads by (accounting date, outlet, meal)
 * on the indexes of V28, merged by {@link DailyConsumption}.
 */
@Repository
class DailyConsumptionStore {

    /** One group's sums; {@code meal} is null for consumptions outside every meal period. */
    record Sums(LocalDate day, long outletId, Integer meal, long count, long amountFen, long cashFen,
                long subsidyFen, long corrections, long correctedFen) {
    }

    private static final String PURCHASES = "SELECT c.accounting_date AS acc_day, c.outlet_id, c.meal_period_id AS meal,"
            + " COUNT(*) AS n, SUM(c.amount_fen) AS amount, SUM(c.cash_fen) AS cash, SUM(c.subsidy_fen) AS subsidy"
            + " FROM consumption c WHERE c.accounting_date BETWEEN :from AND :to";
    /** A correction to 0 (a void or reversal) takes its purchase out of the count as well. */
    private static final String CORRECTIONS = "SELECT p.accounting_date AS acc_day, c.outlet_id, c.meal_period_id AS meal,"
            + " SUM(CASE WHEN c.corrected_amount_fen = 0 THEN -1 ELSE 0 END) AS n,"
            + " SUM(c.corrected_amount_fen - c.amount_fen) AS amount, COUNT(*) AS corrections"
            + " FROM ledger_posting p JOIN consumption c ON c.correction_posting_id = p.id"
            + " WHERE p.accounting_date BETWEEN :from AND :to";
    /** What corrections took from (+) or gave back to (−) each wallet, read from their transfers. */
    private static final String CORRECTION_WALLETS = "SELECT p.accounting_date AS acc_day, c.outlet_id,"
            + " c.meal_period_id AS meal, a.kind,"
            + " SUM(CASE WHEN a.id = t.debit_account_id THEN t.amount ELSE -t.amount END) AS amount"
            + " FROM ledger_posting p JOIN consumption c ON c.correction_posting_id = p.id"
            + " JOIN ledger_transfer t ON t.posting_id = p.id"
            + " JOIN ledger_account a ON (a.id = t.debit_account_id OR a.id = t.credit_account_id)"
            + " WHERE p.accounting_date BETWEEN :from AND :to AND a.kind IN ('CASH_WALLET', 'SUBSIDY_WALLET')";
    private static final String GROUPS = " GROUP BY %s, c.outlet_id, c.meal_period_id";

    private final DatabaseClient db;

    DailyConsumptionStore(DatabaseClient db) {
        this.db = db;
    }

    Flux<Sums> purchases(ReportRange range, OutletChoice outlets) {
        return query(PURCHASES, outlets, "c.accounting_date", range)
                .map(r -> new Sums(r.get("acc_day", LocalDate.class), longOf(r, "outlet_id"), r.get("meal", Integer.class),
                        longOf(r, "n"), longOf(r, "amount"), longOf(r, "cash"), longOf(r, "subsidy"), 0, 0))
                .all();
    }

    Flux<Sums> corrections(ReportRange range, OutletChoice outlets) {
        return query(CORRECTIONS, outlets, "p.accounting_date", range)
                .map(r -> new Sums(r.get("acc_day", LocalDate.class), longOf(r, "outlet_id"), r.get("meal", Integer.class),
                        longOf(r, "n"), longOf(r, "amount"), 0, 0, longOf(r, "corrections"), longOf(r, "amount")))
                .all();
    }

    Flux<Sums> correctionWallets(ReportRange range, OutletChoice outlets) {
        return query(CORRECTION_WALLETS, outlets, "p.accounting_date", range, ", a.kind").map(r -> {
            long amount = longOf(r, "amount");
            boolean cash = "CASH_WALLET".equals(r.get("kind", String.class));
            return new Sums(r.get("acc_day", LocalDate.class), longOf(r, "outlet_id"), r.get("meal", Integer.class), 0, 0,
                    cash ? amount : 0, cash ? 0 : amount, 0, 0);
        }).all();
    }

    Mono<Map<Long, String>> outletNames() {
        return names("SELECT id, name FROM outlet");
    }

    Mono<Map<Long, String>> mealNames() {
        return names("SELECT id, name FROM meal_period");
    }

    private GenericExecuteSpec query(String select, OutletChoice outlets, String day, ReportRange range) {
        return query(select, outlets, day, range, "");
    }

    private GenericExecuteSpec query(String select, OutletChoice outlets, String day, ReportRange range,
                                     String moreGroups) {
        String sql = select + (outlets.all() ? "" : " AND c.outlet_id IN (:outlets)")
                + String.format(GROUPS, day) + moreGroups;
        GenericExecuteSpec spec = db.sql(sql).bind("from", range.from()).bind("to", range.to());
        return outlets.all() ? spec : spec.bind("outlets", outlets.outletIds());
    }

    private Mono<Map<Long, String>> names(String sql) {
        return db.sql(sql).map(r -> {
            String name = r.get("name", String.class);
            return Map.entry(longOf(r, "id"), name == null ? "#" + longOf(r, "id") : name);
        }).all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private static long longOf(Readable row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
