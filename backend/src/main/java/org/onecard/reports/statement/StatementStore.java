package org.onecard.reports.statement;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onecard.common.sql.SqlPaging;
import org.onecard.ledger.domain.TransferCode;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The statement's SQL: the ledger's transfers summed per wallet owner (or account, or in all) and
 * transfer code, split by accounting date into before, during and after the month. Portable SQL.
 */
@Repository
public class StatementStore {

    /** Group by the person owning the wallets, by the wallet account, or not at all. */
    public enum Key {
        PERSON("a.owner_id"), ACCOUNT("a.id"), ALL(null);

        private final String column;

        Key(String column) {
            this.column = column;
        }
    }

    private static final String WALLETS = "a.kind IN ('CASH_WALLET', 'SUBSIDY_WALLET') AND a.owner_type = 'PERSON'";
    private static final String IN_DEPARTMENT = " IN (SELECT pe.id FROM person pe WHERE pe.org_unit_id IN"
            + " (SELECT s.id FROM org_unit s JOIN org_unit d ON s.code LIKE CONCAT(d.code, '%') WHERE d.id = :departmentId))";

    private final DatabaseClient db;
    private final SqlPaging paging;

    public StatementStore(DatabaseClient db, ConnectionFactory connectionFactory) {
        this.db = db;
        this.paging = SqlPaging.forDatabase(connectionFactory.getMetadata().getName());
    }

    /**
     * The transfers of the scope's wallets: one row per key, code and side (credited or debited).
     * {@code fromMonthOnly}: the opening is known (the previous month is closed), so postings before the
     * month are not read at all and their sums are 0; only the open tail of the ledger is scanned.
     * The two sides are read at once, on two connections: each is one scan of the wallets' account
     * index, which carries each transfer's accounting date, code and amount (V33), so the statement
     * waits for the slower side rather than for both in turn.
     */
    public Flux<Movement> movements(Key key, StatementScope scope, YearMonth month, boolean fromMonthOnly) {
        return Flux.merge(movements(key, scope, month, true, fromMonthOnly),
                movements(key, scope, month, false, fromMonthOnly));
    }

    private Flux<Movement> movements(Key key, StatementScope scope, YearMonth month, boolean credited,
                                     boolean fromMonthOnly) {
        String keyColumn = key.column == null ? "0" : key.column;
        String groupBy = key.column == null ? "t.code" : key.column + ", t.code";
        String sql = "SELECT " + keyColumn + " AS k, t.code,"
                + " SUM(CASE WHEN t.accounting_date < :start THEN t.amount ELSE 0 END) AS before_fen,"
                + " SUM(CASE WHEN t.accounting_date >= :start AND t.accounting_date < :next THEN t.amount ELSE 0 END)"
                + " AS during_fen,"
                + " SUM(CASE WHEN t.accounting_date >= :next THEN t.amount ELSE 0 END) AS after_fen"
                + " FROM ledger_transfer t JOIN ledger_account a ON a.id = t." + (credited ? "credit" : "debit")
                + "_account_id"
                + " WHERE " + where(scope) + (fromMonthOnly ? " AND t.accounting_date >= :start" : "")
                + " GROUP BY " + groupBy;
        return bind(db.sql(sql), scope).bind("start", month.atDay(1)).bind("next", month.plusMonths(1).atDay(1))
                .map(row -> new Movement(number(row, "k"), TransferCode.valueOf(row.get("code", String.class)),
                        credited, number(row, "before_fen"), number(row, "during_fen"), number(row, "after_fen")))
                .all();
    }

    /** The wallets' stored balances now, by key. */
    public Mono<Map<Long, Long>> balances(Key key, StatementScope scope) {
        return sums(key, "SUM(a.balance)", "ledger_account a", scope, null);
    }

    /** The closing balances stored when {@code month} was closed, by key; keys without a row have 0. */
    public Mono<Map<Long, Long>> storedClosings(Key key, StatementScope scope, YearMonth month) {
        return sums(key, "SUM(b.closing_fen)", "period_balance b JOIN ledger_account a ON a.id = b.account_id",
                scope, month);
    }

    private Mono<Map<Long, Long>> sums(Key key, String sum, String from, StatementScope scope, YearMonth month) {
        String keyColumn = key.column == null ? "0" : key.column;
        String sql = "SELECT " + keyColumn + " AS k, " + sum + " AS total FROM " + from + " WHERE " + where(scope)
                + (month == null ? "" : " AND b.period_month = :month")
                + (key.column == null ? "" : " GROUP BY " + key.column);
        GenericExecuteSpec spec = bind(db.sql(sql), scope);
        if (month != null) {
            spec = spec.bind("month", month.toString());
        }
        return spec.map(row -> Map.entry(number(row, "k"), number(row, "total"))).all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new);
    }

    /** Whether the month is closed now. */
    public Mono<Boolean> isClosed(YearMonth month) {
        return db.sql("SELECT status FROM accounting_period WHERE period_month = :month")
                .bind("month", month.toString()).map(row -> "CLOSED".equals(row.get("status", String.class)))
                .one().defaultIfEmpty(false);
    }

    private static final String HOLDERS_FROM = " FROM person pe JOIN org_unit u ON u.id = pe.org_unit_id"
            + " WHERE EXISTS (SELECT 1 FROM ledger_account a WHERE a.owner_id = pe.id AND " + WALLETS + ")";

    /** The people with wallets in scope, by employee number. */
    public Flux<Cardholder> holders(StatementScope scope, long offset, int limit) {
        String sql = "SELECT pe.id, pe.employee_no, pe.name, u.name AS department,"
                + " (SELECT c.card_no FROM card c WHERE c.id = (SELECT MAX(c2.id) FROM card c2 WHERE c2.person_id = pe.id))"
                + " AS card_no" + HOLDERS_FROM + personFilter(scope, "pe.id")
                + " ORDER BY pe.employee_no, pe.id" + paging.clause();
        return bind(db.sql(sql), scope).bind("offset", offset).bind("limit", limit)
                .map(row -> new Cardholder(row.get("id", Long.class), row.get("employee_no", String.class),
                        row.get("name", String.class), row.get("department", String.class),
                        row.get("card_no", String.class)))
                .all();
    }

    public Mono<Long> countHolders(StatementScope scope) {
        return bind(db.sql("SELECT COUNT(*) AS n" + HOLDERS_FROM + personFilter(scope, "pe.id")), scope)
                .map(row -> number(row, "n")).one();
    }

    private static String where(StatementScope scope) {
        return WALLETS + personFilter(scope, "a.owner_id")
                + (scope.people() == null ? "" : " AND a.owner_id IN (:people)");
    }

    private static String personFilter(StatementScope scope, String column) {
        return (scope.personId() == null ? "" : " AND " + column + " = :personId")
                + (scope.departmentId() == null ? "" : " AND " + column + IN_DEPARTMENT);
    }

    private static GenericExecuteSpec bind(GenericExecuteSpec spec, StatementScope scope) {
        if (scope.personId() != null) {
            spec = spec.bind("personId", scope.personId());
        }
        if (scope.departmentId() != null) {
            spec = spec.bind("departmentId", scope.departmentId());
        }
        if (scope.people() != null) {
            spec = spec.bind("people", scope.people());
        }
        return spec;
    }

    private static long number(Readable row, String column) {
        Number n = row.get(column, Number.class);
        return n == null ? 0 : n.longValue();
    }
}
