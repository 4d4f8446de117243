package org.onecard.shift.application;

import java.time.Instant;
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

    private final DatabaseClient db;

    FuelCardSales(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Map<Long, Sales>> of(List<NozzleShift> shifts, Instant now) {
        return Flux.fromIterable(shifts).concatMap(s -> one(s, now).map(sales -> Map.entry(s.id(), sales)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private Mono<Sales> one(NozzleShift s, Instant now) {
        Instant to = s.endedAt() == null ? now : s.endedAt();
        return db.sql("SELECT COALESCE(SUM(CASE WHEN " + UNDONE + " THEN 0"
                        + " ELSE COALESCE(c.corrected_amount_fen, f.amount_fen) END), 0) AS fen,"
                        + " COALESCE(SUM(CASE WHEN " + UNDONE + " THEN 0 ELSE f.volume END), 0) AS volume"
                        + " FROM fuel_sale f LEFT JOIN consumption c ON c.posting_id = f.posting_id"
                        + " WHERE f.terminal_id = :terminal AND f.nozzle_no = :nozzle"
                        + " AND f.occurred_at >= :from AND f.occurred_at < :to")
                .bind("terminal", s.terminalId()).bind("nozzle", s.nozzleNo())
                .bind("from", Utc.toDb(s.startedAt())).bind("to", Utc.toDb(to))
                .map(row -> new Sales(((Number) row.get("fen")).longValue(), ((Number) row.get("volume")).longValue()))
                .one();
    }
}
