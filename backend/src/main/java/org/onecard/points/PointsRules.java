package org.onecard.points;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.cache.ShortLived;
import org.onecard.points.domain.PointsRate;
import org.onecard.points.persistence.PointsStore;
import org.onecard.points.persistence.PointsStore.Rule;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Outlets' accrual rates. Every POS sale asks for its outlet's rate, so all rules are read as one
 * map and kept briefly ({@link ShortLived}, like terminal settings): a sale at an outlet without a
 * rule costs no statement. A change made here is seen at once; one made elsewhere within the TTL.
 */
@Service
public class PointsRules {

    static final Duration TTL = Duration.ofSeconds(2);

    private final PointsStore store;
    private final ShortLived<Boolean, Map<Long, Integer>> rates;

    PointsRules(PointsStore store) {
        this.store = store;
        this.rates = new ShortLived<>(any -> store.rules()
                .collect(Collectors.toMap(Rule::outletId, Rule::pointsPerYuan)), TTL);
    }

    /** The outlet's points per yuan; 0 when it has no rule. */
    public Mono<Integer> rateAt(long outletId) {
        return rates.get(true).map(all -> all.getOrDefault(outletId, 0));
    }

    public Mono<List<Rule>> list() {
        return store.rules().collectList();
    }

    public Mono<Void> put(long outletId, Integer pointsPerYuan, long operatorId) {
        if (!PointsRate.valid(pointsPerYuan)) {
            return Mono.error(new ApiException(ResultCode.POINTS_RATE_INVALID,
                    "pointsPerYuan must be " + PointsRate.MIN + " to " + PointsRate.MAX + ", got " + pointsPerYuan));
        }
        return store.outletExists(outletId).flatMap(exists -> !exists
                ? Mono.error(new ApiException(ResultCode.POINTS_OUTLET_UNKNOWN, "No outlet " + outletId))
                : store.putRule(outletId, pointsPerYuan, operatorId).doOnSuccess(v -> rates.invalidate()));
    }

    /** Turns the outlet's points off; 404 when it had no rule. */
    public Mono<Void> remove(long outletId) {
        return store.deleteRule(outletId).doOnNext(v -> rates.invalidate()).flatMap(found -> found ? Mono.<Void>empty()
                : Mono.error(ApiException.notFound("Points rule of outlet " + outletId)));
    }
}
