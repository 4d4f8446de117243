package org.onecard.points;

import java.util.List;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.points.domain.PointsRate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The leg a POS sale adds to its own posting when its outlet gives points (POINTS_ISSUED to the
 * cardholder's points wallet, POINTS_EARNED), so the points are booked, replayed and voided with
 * the sale. At an outlet without a rule: no leg and no statement (the rates are cached).
 */
@Component
public class PointsAccrual {

    private final PointsRules rules;
    private final PointsAccounts accounts;

    PointsAccrual(PointsRules rules, PointsAccounts accounts) {
        this.rules = rules;
        this.accounts = accounts;
    }

    /** The accrual leg of a sale of {@code chargedFen} at the outlet, or none. Read outside any transaction. */
    public Mono<List<TransferLeg>> legs(long outletId, long personId, long chargedFen) {
        return rules.rateAt(outletId).flatMap(rate -> {
            long points = PointsRate.earned(chargedFen, rate);
            if (points == 0) {
                return Mono.just(List.<TransferLeg>of());
            }
            return Mono.zip(accounts.issued(), accounts.wallet(personId))
                    .map(ids -> List.of(new TransferLeg(ids.getT1(), ids.getT2(), points, TransferCode.POINTS_EARNED)));
        });
    }
}
