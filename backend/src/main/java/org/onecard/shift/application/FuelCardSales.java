package org.onecard.shift.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onecard.common.sql.Utc;
import org.onecard.shift.domain.NozzleShift;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Card sales of a shift from the fuel sales booked at its dispenser and nozzle while it was open
 * (fuel_sale, org.onecard.fuel): amount and volume. A sale reversed or voided (its consumption
 * corrected to 0) counts nothing; one corrected to another amount counts that amount and the volume
 * dispensed. A prepaid-volume sale's money was taken when the volume was bought, so its amount is the
 * fuel sale's (at the price of the day), not the consumption's 0.
 */
@Component
class FuelCardSales implements CardSales {

    private static final String UNDONE = "c.corrected_amount_fen = 0";
    /** Shifts per statement: well under SQL Server's 2,100 parameters (a report holds up to 5,000 shifts). */
    private static final int CHUNK = 500;

    private final DatabaseClient db;

    FuelCardSales(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Map<Long, Sales>> of(List<NozzleShift> shifts, Instant now) {
        List<Long> ids = shifts.stream().map(NozzleShift::id).toList();
        return Flux.range(0, (ids.size() + CHUNK - 1) / CHUNK)
                .concatMap(i -> chunk(ids.subList(i * CHUNK, Math.min(ids.size(), (i + 1) * CHUNK)), now))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new)
                .map(found -> {
                    // a shift with no sale at its nozzle sold nothing by card
                    ids.forEach(id -> found.putIfAbsent(id, new Sales(0, 0L)));
                    return found;
                });
    }

    /** The shifts' sales in one statement: each shift's nozzle joined to the fuel sales of its window. */
    private Flux<Map.Entry<Long, Sales>> chunk(List<Long> ids, Instant now) {
        return db.sql("SELECT ns.id, COALESCE(SUM(CASE WHEN " + UNDONE + " THEN 0"
                        + " ELSE COALESCE(c.corrected_amount_fen, f.amount_fen) END), 0) AS fen,"
                        + " COALESCE(SUM(CASE WHEN " + UNDONE + " THEN 0 ELSE f.volume END), 0) AS volume"
                        + " FROM nozzle_shift ns JOIN fuel_sale f ON f.terminal_id = ns.terminal_id"
                        + " AND f.nozzle_no = ns.nozzle_no AND f.occurred_at >= ns.started_at"
                        + " AND f.occurred_at < COALESCE(ns.ended_at, :now)"
                        + " LEFT JOIN consumption c ON c.posting_id = f.posting_id"
                        + " WHERE ns.id IN (:ids) GROUP BY ns.id")
                .bind("ids", ids).bind("now", Utc.toDb(now))
                .map(row -> Map.entry(((Number) row.get("id")).longValue(), new Sales(((Number) row.get("fen")).longValue(),
                        ((Number) row.get("volume")).longValue())))
                .all();
    }
}
