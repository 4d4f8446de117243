package org.onecard.terminal.authz;

import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.rules.domain.DeductionOrder;
import org.onecard.rules.domain.WalletSplit;

/** The answer to an online purchase: approved with what to book, or refused with its catalogue code. */
public sealed interface Decision {

    /**
     * @param amountFen    what the work mode asked for, before discount (0 for count-only)
     * @param chargedFen   what the wallets pay: {@code split.fromCashFen() + split.fromSubsidyFen()}
     * @param order        the deduction order the split followed
     * @param mealPeriodId the meal period the use counts in
     */
    record Approved(long amountFen, long chargedFen, WalletSplit split, DeductionOrder order, int mealPeriodId)
            implements Decision {
    }

    /** {@code code.isoResponse()} is the field-39 reply. */
    record Refused(ResultCode code, String detail) implements Decision {

        static Refused of(Outcome<?> outcome) {
            Outcome.Refused<?> refused = (Outcome.Refused<?>) outcome;
            return new Refused(refused.code(), refused.detail());
        }
    }

    /** For a serial that resolves to no card: the caller answers this without calling the authoriser. */
    static Refused notOnWhitelist(String serial) {
        return new Refused(ResultCode.CARD_NOT_ON_WHITELIST, "No card in use has serial " + serial);
    }
}
