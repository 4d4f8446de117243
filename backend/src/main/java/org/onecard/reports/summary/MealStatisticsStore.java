package org.onecard.reports.summary;

import io.r2dbc.spi.Readable;
import org.onecard.people.domain.DepartmentScope;
import org.onecard.people.persistence.SqlWhere;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/**
 * The SQL of the meal statistics: consumptions of a date range per person or department and meal,
 * and the corrections booked in it (on their own accounting date, as in the daily summary).
 */
@Repository
class MealStatisticsStore {

    /** Whom the statistics are per. */
    enum By {
        PERSON("c.person_id", "p.employee_no", "p.name"),
        DEPARTMENT("u.id", "u.code", "u.name");

        private final String id;
        private final String code;
        private final String name;

        By(String id, String code, String name) {
            this.id = id;
            this.code = code;
            this.name = name;
        }
    }

    /** One group's sums; {@code groupId} null for payment-code sales (no person). */
    record Sums(Long groupId, String code, String name, Integer meal, long count, long amountFen) {
    }

    private static final String FROM = " LEFT JOIN person p ON p.id = c.person_id"
            + " LEFT JOIN org_unit u ON u.id = p.org_unit_id";

    private final DatabaseClient db;

    MealStatisticsStore(DatabaseClient db) {
        this.db = db;
    }

    Flux<Sums> purchases(By by, ReportRange range, DepartmentScope scope, String departmentCode) {
        return query(by, "COUNT(*)", "c.amount_fen", "FROM consumption c" + FROM, "c.accounting_date", range, scope,
                departmentCode);
    }

    /** A correction to 0 takes its purchase out of the count. */
    Flux<Sums> corrections(By by, ReportRange range, DepartmentScope scope, String departmentCode) {
        return query(by, "SUM(CASE WHEN c.corrected_amount_fen = 0 THEN -1 ELSE 0 END)",
                "c.corrected_amount_fen - c.amount_fen",
                "FROM ledger_posting lp JOIN consumption c ON c.correction_posting_id = lp.id" + FROM,
                "lp.accounting_date", range, scope, departmentCode);
    }

    private Flux<Sums> query(By by, String count, String amount, String from, String day, ReportRange range,
                             DepartmentScope scope, String departmentCode) {
        SqlWhere where = new SqlWhere().and(day + " >= :from", "from", range.from()).and(day + " <= :to", "to",
                range.to()).within(scope, "u.code");
        if (departmentCode != null) {
            where.and("u.code LIKE :dept ESCAPE '!'", "dept", SqlWhere.startsWith(departmentCode));
        }
        String group = by.id + ", " + by.code + ", " + by.name + ", c.meal_period_id";
        String sql = "SELECT " + by.id + " AS group_id, " + by.code + " AS code, " + by.name + " AS name,"
                + " c.meal_period_id AS meal, " + count + " AS n, SUM(" + amount + ") AS amount " + from + where.sql()
                + " GROUP BY " + group;
        return where.bindTo(db.sql(sql)).map(MealStatisticsStore::sums).all();
    }

    private static Sums sums(Readable r) {
        Object id = r.get("group_id");
        return new Sums(id == null ? null : ((Number) id).longValue(), r.get("code", String.class),
                r.get("name", String.class), r.get("meal", Integer.class), ((Number) r.get("n")).longValue(),
                ((Number) r.get("amount")).longValue());
    }
}
