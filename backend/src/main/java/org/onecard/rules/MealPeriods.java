package org.onecard.rules;

import org.onecard.common.cache.ShortLived;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.rules.domain.MealSchedule;
import org.onecard.rules.persistence.MealPeriodStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** The eight meal periods, replaced as a whole so the no-overlap rule holds for the set. */
@Service
public class MealPeriods {

    private final MealPeriodStore store;
    private final TransactionalOperator tx;
    private final ShortLived<Boolean, MealSchedule> cached;

    public MealPeriods(MealPeriodStore store, ReactiveTransactionManager transactions) {
        this.store = store;
        this.tx = TransactionalOperator.create(transactions);
        this.cached = new ShortLived<>(any -> store.load(), RulesCache.TTL);
    }

    /** The meal periods in force (read at most every {@link RulesCache#TTL}, and afresh after a change here). */
    public Mono<MealSchedule> schedule() {
        return cached.get(Boolean.TRUE);
    }

    public Mono<MealSchedule> replace(MealSchedule wanted) {
        if (!wanted.problems().isEmpty()) {
            return Mono.error(new ApiException(ResultCode.VALIDATION_FAILED, "The meal periods are not valid",
                    wanted.problems()));
        }
        return tx.transactional(store.save(wanted)).then(store.load()).doOnTerminate(cached::invalidate);
    }
}
