package org.onecard.reports.reconciliation;

import io.r2dbc.spi.Readable;
import java.util.Collection;
import org.onecard.reports.summary.ReportRange;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/**
 * The SQL of the merchant reconciliation: the outlets with their merchants, and every posting on an
 * outlet's revenue account in a range of accounting dates, netted per posting and then grouped by
 * outlet, transfer code, direction and whether it corrected a sale to 0.
 */
@Repository
class ReconciliationStore {

    record OutletRow(long outletId, String outletName, long merchantId, String merchantName) {
    }

    record Group(long outletId, String code, boolean zeroed, long count, long netFen) {
    }

    private static final String OUTLETS = "SELECT o.id, o.name, o.merchant_id, m.name AS merchant_name"
            + " FROM outlet o JOIN merchant m ON m.id = o.merchant_id ORDER BY m.id, o.id";
    /**
     * Each revenue posting's net to its outlet, both sides of the revenue accounts read apart so each seeks
     * its account index (V41) to the range of days: a transfer carries its posting's accounting date.
     */
    private static final String POSTINGS = "SELECT s.outlet_id, s.posting_id, MIN(s.code) AS code, SUM(s.amount) AS net"
            + " FROM (" + side("credit", "t.amount") + " UNION ALL " + side("debit", "-t.amount") + ") s"
            + " GROUP BY s.outlet_id, s.posting_id";
    private static final String ZEROED = "CASE WHEN c.corrected_amount_fen = 0 THEN 1 ELSE 0 END";
    private static final String DIRECTION = "CASE WHEN x.net > 0 THEN 1 ELSE 0 END";
    private static final String GROUPS = "SELECT x.outlet_id, x.code, " + ZEROED + " AS zeroed, COUNT(*) AS n,"
            + " SUM(x.net) AS net FROM (" + POSTINGS + ") x"
            + " LEFT JOIN consumption c ON c.correction_posting_id = x.posting_id"
            + " GROUP BY x.outlet_id, x.code, " + ZEROED + ", " + DIRECTION;

    private static String side(String column, String signed) {
        return "SELECT a.owner_id AS outlet_id, t.posting_id, t.code, " + signed + " AS amount FROM ledger_account a"
                + " JOIN ledger_transfer t ON t." + column + "_account_id = a.id"
                + " WHERE a.kind = 'OUTLET_REVENUE' AND a.owner_type = 'OUTLET' AND a.owner_id IN (:outlets)"
                + " AND t.accounting_date BETWEEN :from AND :to";
    }

    private final DatabaseClient db;

    ReconciliationStore(DatabaseClient db) {
        this.db = db;
    }

    Flux<OutletRow> outlets() {
        return db.sql(OUTLETS).map(r -> new OutletRow(longOf(r, "id"), r.get("name", String.class),
                longOf(r, "merchant_id"), r.get("merchant_name", String.class))).all();
    }

    Flux<Group> groups(ReportRange range, Collection<Long> outletIds) {
        if (outletIds.isEmpty()) {
            return Flux.empty();
        }
        return db.sql(GROUPS).bind("outlets", outletIds).bind("from", range.from()).bind("to", range.to())
                .map(r -> new Group(longOf(r, "outlet_id"), r.get("code", String.class), longOf(r, "zeroed") == 1,
                        longOf(r, "n"), longOf(r, "net")))
                .all();
    }

    private static long longOf(Readable row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
