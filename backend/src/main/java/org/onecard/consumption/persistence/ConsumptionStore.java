package org.onecard.consumption.persistence;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.onecard.common.sql.SqlPaging;
import org.onecard.common.sql.Utc;
import org.onecard.consumption.domain.ConsumptionKind;
import org.onecard.consumption.domain.ConsumptionRecord;
import org.onecard.people.domain.DepartmentScope;
import org.onecard.people.persistence.SqlWhere;
import org.onecard.rules.domain.DeductionOrder;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Consumption rows, one per consumption posting. */
@Repository
public class ConsumptionStore {

    private static final String COLUMNS = "c.posting_id, c.person_id, c.card_id, c.outlet_id, c.terminal_no, c.kind,"
            + " c.amount_fen, c.cash_fen, c.subsidy_fen, c.deduction_order, c.occurred_at, c.accounting_date,"
            + " c.meal_period_id, c.operator_id, c.note, c.corrected_amount_fen, c.correction_posting_id,"
            + " c.corrected_at, c.terminal_operator_id";
    private static final String LISTED = "SELECT " + COLUMNS + ", p.employee_no, p.name AS person_name,"
            + " k.card_no, o.name AS outlet_name FROM consumption c LEFT JOIN person p ON p.id = c.person_id"
            + " LEFT JOIN org_unit u ON u.id = p.org_unit_id JOIN outlet o ON o.id = c.outlet_id"
            + " LEFT JOIN card k ON k.id = c.card_id";

    /** A consumption with the names people read. */
    public record Listed(ConsumptionRecord consumption, String employeeNo, String personName, String cardNo,
                         String outletName) {
    }

    /** null means any. */
    public record Filter(Long personId, Long outletId) {
    }

    private final DatabaseClient db;
    private final SqlPaging paging;

    public ConsumptionStore(DatabaseClient db, ConnectionFactory connectionFactory) {
        this.db = db;
        this.paging = SqlPaging.forDatabase(connectionFactory.getMetadata().getName());
    }

    public Mono<Void> insert(ConsumptionRecord c) {
        GenericExecuteSpec spec = db.sql("INSERT INTO consumption (posting_id, person_id, card_id, outlet_id,"
                        + " terminal_no, kind, amount_fen, cash_fen, subsidy_fen, deduction_order, occurred_at,"
                        + " accounting_date, meal_period_id, operator_id, note, terminal_operator_id) VALUES (:posting,"
                        + " :person, :card, :outlet, :terminal, :kind, :amount, :cash, :subsidy, :order, :at, :date, :meal,"
                        + " :op, :note, :termOp)")
                .bind("posting", c.postingId()).bind("outlet", c.outletId())
                .bind("kind", c.kind().name()).bind("amount", c.amountFen()).bind("cash", c.cashFen())
                .bind("subsidy", c.subsidyFen()).bind("order", c.order().name()).bind("at", Utc.toDb(c.occurredAt()))
                .bind("date", c.accountingDate());
        spec = nullable(spec, "person", c.personId(), Long.class);
        spec = nullable(spec, "card", c.cardId(), Long.class);
        spec = nullable(spec, "terminal", c.terminalNo(), String.class);
        spec = nullable(spec, "meal", c.mealPeriodId(), Integer.class);
        spec = nullable(spec, "op", c.operatorId(), Long.class);
        spec = nullable(spec, "termOp", c.terminalOperatorId(), Long.class);
        return nullable(spec, "note", c.note(), String.class).then();
    }

    public Mono<Listed> find(long postingId) {
        return db.sql(LISTED + " WHERE c.posting_id = :posting").bind("posting", postingId)
                .map(ConsumptionStore::toListed).one();
    }

    /** Records the correction if the consumption was not corrected yet; false otherwise. */
    /** Once per consumption: false when it was corrected (or reversed) before. {@code operatorId} null: a terminal's reversal. */
    public Mono<Boolean> markCorrected(long postingId, long correctAmountFen, long correctionPostingId, Instant at,
                                       Long operatorId) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("UPDATE consumption SET corrected_amount_fen = :amount,"
                        + " correction_posting_id = :correction, corrected_at = :at, corrected_by = :op"
                        + " WHERE posting_id = :posting AND correction_posting_id IS NULL")
                .bind("amount", correctAmountFen).bind("correction", correctionPostingId).bind("at", Utc.toDb(at))
                .bind("posting", postingId);
        spec = operatorId == null ? spec.bindNull("op", Long.class) : spec.bind("op", operatorId);
        return spec.fetch().rowsUpdated().map(n -> n == 1);
    }

    public Flux<Listed> page(Filter filter, DepartmentScope scope, long offset, int limit) {
        SqlWhere where = where(filter, scope);
        return where.bindTo(db.sql(LISTED + where.sql() + " ORDER BY c.occurred_at DESC, c.posting_id DESC"
                        + paging.clause()).bind("offset", offset).bind("limit", limit))
                .map(ConsumptionStore::toListed).all();
    }

    public Mono<Long> count(Filter filter, DepartmentScope scope) {
        SqlWhere where = where(filter, scope);
        return where.bindTo(db.sql("SELECT COUNT(*) AS n FROM consumption c LEFT JOIN person p ON p.id = c.person_id"
                        + " LEFT JOIN org_unit u ON u.id = p.org_unit_id" + where.sql()))
                .map(row -> ((Number) row.get("n")).longValue()).one();
    }

    private static SqlWhere where(Filter f, DepartmentScope scope) {
        SqlWhere where = new SqlWhere().within(scope, "u.code");
        if (f.personId() != null) {
            where.and("c.person_id = :person", "person", f.personId());
        }
        if (f.outletId() != null) {
            where.and("c.outlet_id = :outlet", "outlet", f.outletId());
        }
        return where;
    }

    private static Listed toListed(Readable row) {
        LocalDateTime corrected = row.get("corrected_at", LocalDateTime.class);
        ConsumptionRecord c = new ConsumptionRecord(row.get("posting_id", Long.class), row.get("person_id", Long.class),
                row.get("card_id", Long.class), row.get("outlet_id", Long.class), row.get("terminal_no", String.class),
                ConsumptionKind.valueOf(row.get("kind", String.class)), row.get("amount_fen", Long.class),
                row.get("cash_fen", Long.class), row.get("subsidy_fen", Long.class),
                DeductionOrder.valueOf(row.get("deduction_order", String.class)),
                row.get("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                row.get("accounting_date", LocalDate.class), row.get("meal_period_id", Integer.class),
                row.get("operator_id", Long.class), row.get("note", String.class),
                row.get("corrected_amount_fen", Long.class), row.get("correction_posting_id", Long.class),
                corrected == null ? null : corrected.toInstant(ZoneOffset.UTC), row.get("terminal_operator_id", Long.class));
        return new Listed(c, row.get("employee_no", String.class), row.get("person_name", String.class),
                row.get("card_no", String.class), row.get("outlet_name", String.class));
    }

    /** Rows of one multi-row insert: text is bound, numbers and enum names are literals. */
    private static final int INSERT_ROWS = 200;

    /**
     * Inserts many consumptions, a few hundred rows per statement (a batch of terminal approvals
     * in one transaction); the same rows as {@link #insert} one by one.
     */
    public Mono<Void> insertAll(List<ConsumptionRecord> rows) {
        return Flux.range(0, (rows.size() + INSERT_ROWS - 1) / INSERT_ROWS).concatMap(c -> {
            List<ConsumptionRecord> chunk = rows.subList(c * INSERT_ROWS, Math.min(rows.size(), (c + 1) * INSERT_ROWS));
            StringBuilder sql = new StringBuilder("INSERT INTO consumption (posting_id, person_id, card_id, outlet_id,"
                    + " terminal_no, kind, amount_fen, cash_fen, subsidy_fen, deduction_order, occurred_at,"
                    + " accounting_date, meal_period_id, operator_id, note, terminal_operator_id) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                ConsumptionRecord r = chunk.get(i);
                sql.append(i == 0 ? "(" : ", (").append(r.postingId()).append(", ").append(r.personId()).append(", ")
                        .append(r.cardId()).append(", ").append(r.outletId()).append(", :t").append(i)
                        .append(", '").append(r.kind().name()).append("', ").append(r.amountFen()).append(", ")
                        .append(r.cashFen()).append(", ").append(r.subsidyFen()).append(", '").append(r.order().name())
                        .append("', :at").append(i).append(", :d").append(i).append(", ").append(r.mealPeriodId())
                        .append(", ").append(r.operatorId()).append(", :n").append(i).append(", ")
                        .append(r.terminalOperatorId()).append(")");
            }
            GenericExecuteSpec spec = db.sql(sql.toString());
            for (int i = 0; i < chunk.size(); i++) {
                ConsumptionRecord r = chunk.get(i);
                spec = nullable(spec, "t" + i, r.terminalNo(), String.class);
                spec = spec.bind("at" + i, Utc.toDb(r.occurredAt())).bind("d" + i, r.accountingDate());
                spec = nullable(spec, "n" + i, r.note(), String.class);
            }
            return spec.then();
        }).then();
    }

    private static <T> GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

}
