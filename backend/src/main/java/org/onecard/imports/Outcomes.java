package org.onecard.imports;

import org.onecard.common.outcome.Outcome;
import reactor.core.publisher.Mono;

/** In phase 2 a refusal from a master-data service means the data changed since phase 1: fail the file. */
final class Outcomes {

    private Outcomes() {
    }

    static <T> Mono<T> value(Mono<Outcome<T>> outcome, int rowNumber) {
        return outcome.flatMap(o -> o instanceof Outcome.Done<T> done
                ? Mono.just(done.value())
                : Mono.error(failure((Outcome.Refused<T>) o, rowNumber)));
    }

    private static ImportFailure failure(Outcome.Refused<?> refused, int rowNumber) {
        return new ImportFailure(refused.code(), "Row " + rowNumber + ": " + refused.detail()
                + "; nothing was imported", rowNumber);
    }
}
