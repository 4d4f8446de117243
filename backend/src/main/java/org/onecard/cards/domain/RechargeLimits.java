package org.onecard.cards.domain;

import java.util.Optional;
import org.onecard.cards.domain.Transition.Refused;
import org.onecard.common.error.ResultCode;

/** Recharge limits: the single-recharge limit and the maximum card balance (0 = none for the first). */
public final class RechargeLimits {

    private RechargeLimits() {
    }

    public static Optional<Refused> check(long amountFen, long balanceFen, long singleLimitFen, long maxBalanceFen) {
        if (amountFen <= 0) {
            return Optional.of(new Refused(ResultCode.INVALID_AMOUNT, "A recharge is a positive number of fen"));
        }
        if (singleLimitFen > 0 && amountFen > singleLimitFen) {
            return Optional.of(new Refused(ResultCode.ABOVE_SINGLE_RECHARGE_LIMIT,
                    "At most " + singleLimitFen + " fen per recharge"));
        }
        if (Math.addExact(balanceFen, amountFen) > maxBalanceFen) {
            return Optional.of(new Refused(ResultCode.BALANCE_ABOVE_MAXIMUM,
                    "The balance may not exceed " + maxBalanceFen + " fen; it is " + balanceFen));
        }
        return Optional.empty();
    }
}
