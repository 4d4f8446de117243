package org.onecard.shift.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onecard.common.sql.Utc;
import org.onecard.shift.domain.NozzleShift;
import org.onecard.terminal.TerminalAuth;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Card sales from consumption (terminal code and time, corrections applied) until fuel_sale is
 * merged. Consumption has no nozzle, so the terminal's sales belong to a shift only when its
 * dispenser has one nozzle; a shift on a dispenser with more gets no entry rather than a guess.
 * After the merge, replace this with a query on fuel_sale by (terminal_id, nozzle_no, occurred_at).
 */
@Component
class ConsumptionCardSales implements CardSales {

    private final DatabaseClient db;

    ConsumptionCardSales(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Map<Long, Sales>> of(List<NozzleShift> shifts, Instant now) {
        return Flux.fromIterable(shifts).concatMap(s -> one(s, now).map(sales -> Map.entry(s.id(), sales)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private Mono<Sales> one(NozzleShift s, Instant now) {
        Instant to = s.endedAt() == null ? now : s.endedAt();
        return db.sql("SELECT (SELECT COUNT(*) FROM nozzle WHERE terminal_id = :terminal) AS nozzles,"
                        + " COALESCE(SUM(COALESCE(c.corrected_amount_fen, c.amount_fen)), 0) AS fen FROM consumption c"
                        + " WHERE c.terminal_no = :code AND c.occurred_at >= :from AND c.occurred_at < :to")
                .bind("terminal", s.terminalId()).bind("code", TerminalAuth.codeOf(s.machineNo()))
                .bind("from", Utc.toDb(s.startedAt())).bind("to", Utc.toDb(to))
                .map(row -> ((Number) row.get("nozzles")).longValue() == 1
                        ? Optional.of(new Sales(((Number) row.get("fen")).longValue(), null)) : Optional.<Sales>empty())
                .one().flatMap(Mono::justOrEmpty);
    }
}
