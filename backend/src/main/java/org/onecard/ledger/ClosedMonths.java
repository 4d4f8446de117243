package org.onecard.ledger;

import java.time.LocalDate;
import reactor.core.publisher.Mono;

/**
 * Whether an accounting date falls in a closed accounting month (封账). The ledger asks it for the
 * date it decided on, before booking: a closed month takes no posting, so a correction goes into the
 * open month instead. The reports capability keeps the closed months.
 */
public interface ClosedMonths {

    Mono<Boolean> isClosed(LocalDate accountingDate);
}
