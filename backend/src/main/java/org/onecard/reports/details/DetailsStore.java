package org.onecard.reports.details;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.onecard.common.sql.SqlPaging;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.people.domain.DepartmentScope;
import org.onecard.people.persistence.SqlWhere;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/**
 * The details report's SQL (portable): the transfers of the postings of a date range (read by
 * ix_rpt_posting_day, then each posting's transfers by uk_ledger_transfer_seq), each with what names
 * it: the wallet's owner, the consumption or correction it books, the terminal recharge or card event
 * that says which card (ix_rpt_card_event_posting, V30), the outlet, terminal, operator and meal.
 */
@Repository
class DetailsStore {

    /** A kind's (really a code's) count and signed sum. */
    record CodeSum(TransferCode code, long count, long amountFen) {
    }

    private static final String WALLETS = " IN ('CASH_WALLET', 'SUBSIDY_WALLET')";
    private static final String CREDIT_WALLET = "ca.kind" + WALLETS;
    private static final String DEBIT_WALLET = "da.kind" + WALLETS;
    private static final String AMOUNT = "CASE WHEN " + CREDIT_WALLET + " THEN t.amount WHEN " + DEBIT_WALLET
            + " THEN -t.amount WHEN t.code = 'DEPOSIT_REFUND' THEN t.amount ELSE -t.amount END";
    private static final String BALANCE = "CASE WHEN " + CREDIT_WALLET + " THEN t.credit_balance_after WHEN "
            + DEBIT_WALLET + " THEN t.debit_balance_after END";
    private static final String CARD = "COALESCE(c.card_id, cc.card_id, tr.card_id,"
            + " (SELECT MIN(ce.card_id) FROM card_event ce WHERE ce.posting_id = p.id))";
    private static final String PERSON = "COALESCE(CASE WHEN " + CREDIT_WALLET + " THEN ca.owner_id WHEN "
            + DEBIT_WALLET + " THEN da.owner_id END, c.person_id, cc.person_id, k.person_id)";
    private static final String OUTLET = "COALESCE(c.outlet_id, cc.outlet_id, CASE WHEN ca.owner_type = 'OUTLET'"
            + " THEN ca.owner_id WHEN da.owner_type = 'OUTLET' THEN da.owner_id END, trm.outlet_id)";
    private static final String MEAL = "COALESCE(c.meal_period_id, cc.meal_period_id)";
    /** What the signed amount needs: the posting, the transfer and its two accounts. */
    private static final String FROM_MONEY = " FROM ledger_posting p JOIN ledger_transfer t ON t.posting_id = p.id"
            + " JOIN ledger_account da ON da.id = t.debit_account_id"
            + " JOIN ledger_account ca ON ca.id = t.credit_account_id";
    /** ... and what names the row. */
    private static final String FROM = FROM_MONEY
            + " LEFT JOIN consumption c ON c.posting_id = p.id"
            + " LEFT JOIN consumption cc ON cc.correction_posting_id = p.id"
            + " LEFT JOIN terminal_recharge tr ON tr.posting_id = p.id"
            + " LEFT JOIN terminal trm ON trm.code = p.terminal_id"
            + " LEFT JOIN card k ON k.id = " + CARD
            + " LEFT JOIN person pe ON pe.id = " + PERSON
            + " LEFT JOIN org_unit u ON u.id = pe.org_unit_id"
            + " LEFT JOIN outlet o ON o.id = " + OUTLET
            + " LEFT JOIN operator op ON op.id = p.operator_id"
            + " LEFT JOIN meal_period mp ON mp.id = " + MEAL;
    private static final String COLUMNS = " t.id AS transfer_id, p.id AS posting_id, p.occurred_at,"
            + " p.accounting_date, t.code, k.card_no, pe.id AS person_id, pe.employee_no, pe.name AS person_name,"
            + " u.name AS department, o.id AS outlet_id, o.name AS outlet_name, p.terminal_id, p.operator_id,"
            + " op.display_name AS operator_name, " + MEAL + " AS meal_period_id, mp.name AS meal_name, "
            + AMOUNT + " AS amount_fen, " + BALANCE + " AS balance_after, p.note";
    /**
     * The report's order: accounting date, posting, then the transfers of a posting as the ledger wrote
     * them (seq). On MariaDB / MySQL only the posting's columns are named: that is the order of
     * ix_rpt_posting_day itself, and with the join order fixed each posting's transfers are read by
     * uk_ledger_transfer_seq, i.e. by seq; so the database reads the range in order and stops after
     * the page, instead of joining and sorting every row of the range first (naming t.seq costs exactly
     * that sort: a year of a million transfers for every page). Elsewhere t.seq is named.
     */
    private final String order;
    private final DatabaseClient db;
    private final SqlPaging paging;
    /**
     * "SELECT", and on MariaDB / MySQL "SELECT STRAIGHT_JOIN": the tables in the order written, postings
     * of the range first. Left to itself MariaDB may start from the (few) accounts and read every
     * transfer of each, i.e. the whole transfer table, whatever the range.
     */
    private final String select;

    DetailsStore(DatabaseClient db, ConnectionFactory connectionFactory) {
        this.db = db;
        String product = connectionFactory.getMetadata().getName();
        this.paging = SqlPaging.forDatabase(product);
        boolean mariaDb = product != null && product.toLowerCase(Locale.ROOT).matches(".*(mysql|mariadb).*");
        this.select = mariaDb ? "SELECT STRAIGHT_JOIN" : "SELECT";
        this.order = " ORDER BY p.accounting_date, p.id" + (mariaDb ? "" : ", t.seq");
    }

    /** One page in the report's order: accounting date, posting, transfer. */
    Flux<DetailRow> page(DetailsFilter filter, DepartmentScope scope, long offset, int limit) {
        SqlWhere where = where(filter, scope);
        return where.bindTo(db.sql(select + COLUMNS + FROM + where.sql() + order + paging.clause()))
                .bind("offset", offset).bind("limit", limit).map(DetailsStore::row).all();
    }

    /** Every row in the report's order, as the database sends them (for the export). */
    Flux<DetailRow> all(DetailsFilter filter, DepartmentScope scope) {
        SqlWhere where = where(filter, scope);
        return where.bindTo(db.sql(select + COLUMNS + FROM + where.sql() + order)).map(DetailsStore::row).all();
    }

    /** Count and signed sum per transfer code over the whole filtered range. */
    Flux<CodeSum> sums(DetailsFilter filter, DepartmentScope scope) {
        SqlWhere where = where(filter, scope);
        String from = namesNeeded(filter, scope) ? FROM : FROM_MONEY;
        return where.bindTo(db.sql(select + " t.code, COUNT(*) AS n, SUM(" + AMOUNT + ") AS amount" + from
                        + where.sql() + " GROUP BY t.code"))
                .map(r -> new CodeSum(TransferCode.valueOf(r.get("code", String.class)), number(r, "n"),
                        number(r, "amount")))
                .all();
    }

    /** The database's plan of {@link #page} (MariaDB's EXPLAIN rows), for the benchmark and for operations. */
    Flux<Map<String, Object>> explainPage(DetailsFilter filter, DepartmentScope scope) {
        SqlWhere where = where(filter, scope);
        return where.bindTo(db.sql("EXPLAIN " + select + COLUMNS + FROM + where.sql() + order + paging.clause()))
                .bind("offset", 0).bind("limit", 50).fetch().all();
    }

    /** Whether the filter reads more than the posting and the transfer's accounts (the totals then join less). */
    private static boolean namesNeeded(DetailsFilter f, DepartmentScope scope) {
        return !f.outlets().all() || f.departmentCode() != null || f.personId() != null || f.cardNo() != null
                || f.mealPeriodId() != null || scope instanceof DepartmentScope.Within;
    }

    private static SqlWhere where(DetailsFilter f, DepartmentScope scope) {
        SqlWhere where = new SqlWhere().and("p.accounting_date >= :from", "from", f.range().from())
                .and("p.accounting_date <= :to", "to", f.range().to())
                .and("t.code IN (:codes)", "codes", codes(f.kinds()))
                .within(scope, "u.code");
        if (!f.outlets().all()) {
            where.and(OUTLET + " IN (:outlets)", "outlets", List.copyOf(f.outlets().outletIds()));
        }
        if (f.departmentCode() != null) {
            where.and("u.code LIKE :dept ESCAPE '!'", "dept", SqlWhere.startsWith(f.departmentCode()));
        }
        if (f.personId() != null) {
            where.and("pe.id = :person", "person", f.personId());
        }
        if (f.cardNo() != null) {
            where.and("k.card_no = :cardNo", "cardNo", f.cardNo());
        }
        if (f.terminal() != null) {
            where.and("p.terminal_id = :terminal", "terminal", f.terminal());
        }
        if (f.operatorId() != null) {
            where.and("p.operator_id = :operator", "operator", f.operatorId());
        }
        if (f.mealPeriodId() != null) {
            where.and(MEAL + " = :meal", "meal", f.mealPeriodId());
        }
        return where;
    }

    private static List<String> codes(Set<DetailKind> kinds) {
        return kinds.stream().flatMap(k -> k.codes().stream()).map(Enum::name).sorted().toList();
    }

    private static DetailRow row(Readable r) {
        TransferCode code = TransferCode.valueOf(r.get("code", String.class));
        return new DetailRow(number(r, "transfer_id"), number(r, "posting_id"),
                r.get("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                r.get("accounting_date", LocalDate.class), code, DetailKind.of(code).orElseThrow(),
                r.get("card_no", String.class), nullable(r, "person_id"), r.get("employee_no", String.class),
                r.get("person_name", String.class), r.get("department", String.class), nullable(r, "outlet_id"),
                r.get("outlet_name", String.class), r.get("terminal_id", String.class), nullable(r, "operator_id"),
                r.get("operator_name", String.class), r.get("meal_period_id", Integer.class),
                r.get("meal_name", String.class), number(r, "amount_fen"), nullable(r, "balance_after"),
                r.get("note", String.class));
    }

    private static long number(Readable r, String column) {
        Number n = r.get(column, Number.class);
        return n == null ? 0 : n.longValue();
    }

    private static Long nullable(Readable r, String column) {
        Number n = r.get(column, Number.class);
        return n == null ? null : n.longValue();
    }
}
