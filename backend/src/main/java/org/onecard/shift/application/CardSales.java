package org.onecard.shift.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.onecard.shift.domain.NozzleShift;
import reactor.core.publisher.Mono;

/**
 * The one seam through which a shift report reads the card sales booked at a shift's dispenser and
 * nozzle while it was open. Until the fuel sale (fuel_sale, per nozzle) is merged,
 * {@link ConsumptionCardSales} answers from consumption, which knows the terminal but not the nozzle.
 */
public interface CardSales {

    /** Card sales of one shift: amount in fen; volume when the source knows it, else null. */
    record Sales(long amountFen, Long volume) {
    }

    /** By shift id; a shift without an entry has sales the source cannot tell (the report shows none). */
    Mono<Map<Long, Sales>> of(List<NozzleShift> shifts, Instant now);
}
