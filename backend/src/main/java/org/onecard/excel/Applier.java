package org.onecard.excel;

import java.util.List;
import org.onecard.excel.rows.RowResult;
import reactor.core.publisher.Mono;

/**
 * Phase 2: applies the accepted rows, all together, so the caller can wrap them in one
 * transaction. An error means nothing was applied (the caller's transaction rolls back); a
 * business refusal of a row belongs in a {@link RowCheck}, before this.
 */
@FunctionalInterface
public interface Applier<R> {

    Mono<Void> apply(List<RowResult.Accepted<R>> rows);
}
