package org.onecard.consumption.domain;

import org.onecard.rules.domain.DeductionOrder;
import org.onecard.rules.domain.WalletSplit;

/**
 * How a correction moves money. A smaller correct amount gives the difference back to the wallets
 * in the reverse of the deduction order, up to what each gave, so the wallets end as if the right
 * amount had been charged; a larger one charges the difference in the deduction order from
 * today's balances, which may not cover it.
 *
 * @param deltaFen   correct amount minus the original: below 0 a refund, above 0 a charge
 * @param cashFen    the part of |delta| to or from the cash wallet
 * @param subsidyFen the part of |delta| to or from the subsidy wallet
 */
public record CorrectionPlan(long deltaFen, long cashFen, long subsidyFen, boolean covered) {

    public static CorrectionPlan of(Consumed original, long correctFen, long cashBalanceFen, long subsidyBalanceFen) {
        long delta = correctFen - original.amountFen();
        if (delta < 0) {
            long refund = -delta;
            boolean cashWentLast = original.order() == DeductionOrder.SUBSIDY_THEN_CASH
                    || original.order() == DeductionOrder.CASH_ONLY;
            long first = Math.min(refund, cashWentLast ? original.cashFen() : original.subsidyFen());
            long second = refund - first;
            return cashWentLast ? new CorrectionPlan(delta, first, second, true)
                    : new CorrectionPlan(delta, second, first, true);
        }
        if (delta == 0) {
            return new CorrectionPlan(0, 0, 0, true);
        }
        WalletSplit split = WalletSplit.of(delta, cashBalanceFen, subsidyBalanceFen, original.order());
        return new CorrectionPlan(delta, split.fromCashFen(), split.fromSubsidyFen(), split.covered());
    }

    /** What the consumption took, and from which wallets in which order. */
    public record Consumed(long amountFen, long cashFen, long subsidyFen, DeductionOrder order) {
    }
}
