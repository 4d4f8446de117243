package org.onecard.excel;

import java.util.List;
import java.util.function.Function;
import org.onecard.excel.report.Reason;
import reactor.core.publisher.Mono;

/**
 * A per-row check that needs lookups, run in phase 1 on every row that parsed and is not a
 * duplicate, e.g. "the import version must be greater than this person's last one". Returns the
 * reasons to refuse the row (empty or an empty Mono: keep it). It must not change anything.
 */
@FunctionalInterface
public interface RowCheck<R> {

    Mono<List<Reason>> check(R row);

    static <R> RowCheck<R> none() {
        return row -> Mono.just(List.of());
    }

    /** A check that needs no I/O. */
    static <R> RowCheck<R> of(Function<? super R, List<Reason>> check) {
        return row -> Mono.fromSupplier(() -> check.apply(row));
    }
}
