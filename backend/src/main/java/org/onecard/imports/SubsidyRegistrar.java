package org.onecard.imports;

import java.time.LocalDate;
import java.util.Optional;
import org.onecard.excel.cardcentre.SubsidyMode;
import reactor.core.publisher.Mono;

/**
 * The subsidy columns of a recharge import, handed to the subsidy module (a bean the subsidy
 * capability provides; until one exists, rows with a non-zero subsidy are refused with
 * {@code import.subsidy-unavailable}).
 *
 * <p>It is called in phase 2 <em>inside</em> the import's database transaction (after the cash
 * postings of the file), once per accepted row with a non-zero subsidy, so it must join that
 * transaction (any {@code TransactionalOperator} with the default REQUIRED propagation does) and
 * signal a failure with an error: the whole file then rolls back, cash included. The key is
 * {@code "import:recharge:{personId}:{version}:subsidy"}, so a retry never grants twice.
 */
public interface SubsidyRegistrar {

    Mono<Void> register(long personId, long amountFen, SubsidyMode mode, Optional<LocalDate> expiry, String key,
                        long operatorId);
}
