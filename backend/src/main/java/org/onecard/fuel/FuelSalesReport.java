package org.onecard.fuel;

import java.time.LocalDate;
import java.util.List;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.identity.CurrentUser;
import org.onecard.reports.summary.OutletChoice;
import org.onecard.reports.summary.ReportRange;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Fuel sales by plate, fleet company, card type or card mode (payment mode) over accounting dates
 * (at most 366, 7020), within the operator's outlet scope (7021): count, volume and amount per group
 * with totals. A sale sent back by a reversal or void (its consumption corrected to 0) is left out.
 */
@Service
public class FuelSalesReport {

    /** What the rows are grouped by. */
    public enum GroupBy { PLATE, FLEET, CARD_TYPE, CARD_MODE }

    /** One group: its key (an id, a plate or a mode; null for "none"), label, count, volume and amount. */
    public record Line(String key, String label, long sales, long volume, long amountFen) {
    }

    public record Report(ReportRange range, OutletChoice outlets, GroupBy groupBy, List<Line> lines, long sales,
                         long volume, long amountFen) {
    }

    private final DatabaseClient db;

    FuelSalesReport(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Outcome<Report>> of(LocalDate from, LocalDate to, String groupBy, List<Long> outletIds, CurrentUser user) {
        GroupBy by;
        try {
            by = GroupBy.valueOf(groupBy == null ? "CARD_MODE" : groupBy);
        } catch (IllegalArgumentException e) {
            return Mono.just(Outcome.refused(ResultCode.FUEL_REPORT_GROUP_INVALID, "groupBy " + groupBy));
        }
        Outcome<ReportRange> range = ReportRange.of(from, to);
        Outcome<OutletChoice> outlets = OutletChoice.of(outletIds, user);
        if (!(range instanceof Outcome.Done<ReportRange> r)) {
            return Mono.just(((Outcome.Refused<ReportRange>) range).cast());
        }
        if (!(outlets instanceof Outcome.Done<OutletChoice> o)) {
            return Mono.just(((Outcome.Refused<OutletChoice>) outlets).cast());
        }
        return lines(r.value(), o.value(), by).collectList().map(lines -> Outcome.done(new Report(r.value(), o.value(), by,
                lines, lines.stream().mapToLong(Line::sales).reduce(0, Math::addExact),
                lines.stream().mapToLong(Line::volume).reduce(0, Math::addExact),
                lines.stream().mapToLong(Line::amountFen).reduce(0, Math::addExact))));
    }

    private reactor.core.publisher.Flux<Line> lines(ReportRange range, OutletChoice outlets, GroupBy by) {
        String key = switch (by) {
            case PLATE -> "s.plate";
            case FLEET -> "s.fleet_id";
            case CARD_TYPE -> "s.card_type_id";
            case CARD_MODE -> "s.card_mode";
        };
        String label = switch (by) {
            case PLATE, CARD_MODE -> key;
            case FLEET -> "f.name";
            case CARD_TYPE -> "t.name";
        };
        String where = " WHERE s.accounting_date BETWEEN :from AND :to AND c.correction_posting_id IS NULL"
                + (outlets.all() ? "" : " AND s.outlet_id IN (:outlets)");
        var spec = db.sql("SELECT " + key + " AS k, " + label + " AS label, COUNT(*) AS n, SUM(s.volume) AS volume,"
                        + " SUM(s.amount_fen) AS amount FROM fuel_sale s JOIN consumption c ON c.posting_id = s.posting_id"
                        + " LEFT JOIN fleet_company f ON f.id = s.fleet_id LEFT JOIN card_type t ON t.id = s.card_type_id"
                        + where + " GROUP BY " + key + ", " + label + " ORDER BY " + key)
                .bind("from", range.from()).bind("to", range.to());
        spec = outlets.all() ? spec : spec.bind("outlets", outlets.outletIds());
        return spec.map(row -> {
            Object k = row.get("k");
            return new Line(k == null ? null : k.toString(), row.get("label") == null ? null : row.get("label").toString(),
                    ((Number) row.get("n")).longValue(), ((Number) row.get("volume")).longValue(),
                    ((Number) row.get("amount")).longValue());
        }).all();
    }
}
