package org.onecard.terminal.authz;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.rules.domain.CardTypeRules;
import org.onecard.rules.domain.DeductionOrder;
import org.onecard.rules.domain.SystemParameters;
import org.onecard.rules.domain.WalletSplit;
import org.onecard.terminal.authz.Decision.Refused;

/**
 * Rules 9–11: the same-card interval, the wallets covering the charge in the deduction order, and
 * the card type's minimum balance after it. A charge of 0 moves no money and passes 10 and 11.
 */
final class MoneyRules {

    private MoneyRules() {
    }

    /** The card's last use on any terminal must be at least the interval before this one. */
    static Optional<Refused> interval(Instant lastUseAt, Instant now, int intervalSeconds) {
        if (intervalSeconds == 0 || lastUseAt == null) {
            return Optional.empty();
        }
        Duration since = Duration.between(lastUseAt, now);
        if (since.compareTo(Duration.ofSeconds(intervalSeconds)) >= 0) {
            return Optional.empty();
        }
        return AccessRules.refuse(ResultCode.SAME_CARD_TOO_SOON, "The card was used " + since.toSeconds()
                + " s ago; the interval is " + intervalSeconds + " s");
    }

    /** The card type's order, else the system default, else subsidy then cash. */
    static DeductionOrder order(CardTypeRules type, SystemParameters parameters) {
        if (type.deductionOrder() != null) {
            return type.deductionOrder();
        }
        return parameters.defaultDeductionOrder() != null ? parameters.defaultDeductionOrder()
                : DeductionOrder.SUBSIDY_THEN_CASH;
    }

    static Outcome<WalletSplit> split(long chargedFen, Balances balances, DeductionOrder order) {
        if (chargedFen == 0) {
            return Outcome.done(new WalletSplit(0, 0, true));
        }
        WalletSplit split = WalletSplit.of(chargedFen, balances.cashFen(), balances.subsidyFen(), order);
        return split.covered() ? Outcome.done(split) : Outcome.refused(ResultCode.INSUFFICIENT_FUNDS, chargedFen
                + " fen is more than " + order + " can take (cash " + balances.cashFen() + ", subsidy "
                + balances.subsidyFen() + " fen)");
    }

    /** The card's total balance (cash plus subsidy) after the charge must stay at or above the minimum. */
    static Optional<Refused> minimumBalance(long chargedFen, Balances balances, long minBalanceFen) {
        long after = Math.subtractExact(balances.totalFen(), chargedFen);
        if (chargedFen == 0 || minBalanceFen == 0 || after >= minBalanceFen) {
            return Optional.empty();
        }
        return AccessRules.refuse(ResultCode.BELOW_MINIMUM_BALANCE, "The balance would be " + after
                + " fen, below the card type's minimum of " + minBalanceFen + " fen");
    }
}
