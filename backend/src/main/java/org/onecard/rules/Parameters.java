package org.onecard.rules;

import java.util.List;
import org.onecard.common.cache.ShortLived;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.rules.domain.SystemParameters;
import org.onecard.rules.persistence.ParameterStore;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** System parameters: read by every card-centre use case, changed by an administrator. */
@Service
public class Parameters {

    private final ParameterStore store;
    private final BusinessClock clock;
    private final ShortLived<Boolean, SystemParameters> cached;

    public Parameters(ParameterStore store, BusinessClock clock) {
        this.store = store;
        this.clock = clock;
        this.cached = new ShortLived<>(any -> store.load(), RulesCache.TTL);
    }

    /** The parameters in force (read at most every {@link RulesCache#TTL}, and afresh after a change here). */
    public Mono<SystemParameters> current() {
        return cached.get(Boolean.TRUE);
    }

    /** Replaces the parameters; refuses invalid values, and changes to locked ones once a card exists. */
    public Mono<SystemParameters> update(SystemParameters wanted, long operatorId) {
        if (!wanted.problems().isEmpty()) {
            return Mono.error(new ApiException(ResultCode.VALIDATION_FAILED, "Some parameters are invalid",
                    wanted.problems()));
        }
        return store.load().zipWith(store.anyCardIssued()).flatMap(t -> {
            List<String> locked = wanted.lockedChangesFrom(t.getT1());
            if (t.getT2() && !locked.isEmpty()) {
                return Mono.error(new ApiException(ResultCode.PARAMETER_LOCKED,
                        "Cards have been issued, so " + String.join(", ", locked) + " can no longer change"));
            }
            return store.save(wanted, operatorId, clock.now()).then(store.load()).doOnTerminate(cached::invalidate);
        });
    }
}
