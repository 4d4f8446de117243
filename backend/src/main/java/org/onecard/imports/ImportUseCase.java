package org.onecard.imports;

import java.util.List;
import org.onecard.excel.rows.Checked;
import org.onecard.excel.rows.ImportSpec;
import org.onecard.excel.rows.RowResult;
import org.onecard.identity.CurrentUser;
import reactor.core.publisher.Mono;

/**
 * One kind of import on the Excel toolkit: the sheet, the phase-1 lookups (no side effects) and
 * phase 2, which applies every accepted row in one transaction or fails and applies nothing.
 */
public interface ImportUseCase<R> {

    ImportKind kind();

    /** The sheet as it is read now (a recharge sheet allows negative cash only where the site does). */
    Mono<ImportSpec<R>> spec();

    /** Phase 1 after parsing: the rows refused for what the database says. Changes nothing. */
    Mono<Checked<R>> check(Checked<R> parsed, CurrentUser user, Progress progress);

    /** Phase 2: all rows in one transaction; an error means nothing was applied. */
    Mono<Void> apply(List<RowResult.Accepted<R>> rows, CurrentUser user, Progress progress);
}
