package org.onecard.shift.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.onecard.shift.domain.NozzleShift;
import reactor.core.publisher.Mono;

/**
 * The one seam through which a shift report reads the card sales booked at a shift's dispenser and
 * nozzle while it was open: {@link FuelCardSales}, from the fuel sales of that nozzle.
 */
public interface CardSales {

    /** Card sales of one shift: amount in fen; volume when the source knows it, else null. */
    record Sales(long amountFen, Long volume) {
    }

    /** By shift id; a shift without an entry has sales the source cannot tell (the report shows none). */
    Mono<Map<Long, Sales>> of(List<NozzleShift> shifts, Instant now);
}
