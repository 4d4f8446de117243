package org.onecard.rules.domain;

import java.util.ArrayList;
import java.util.List;
import org.onecard.common.error.FieldProblem;

/**
 * The card centre's system parameters (DOMAIN §2). Amounts in fen; 0 means "no limit" where
 * the field says so. {@link #lockedOnceCardsExist} names what may not change after the first card.
 */
public record SystemParameters(
        long maxCardBalanceFen,
        long singleRechargeLimitFen,
        boolean rechargeAtIssueAllowed,
        boolean negativeRechargeAllowed,
        long depositFen,
        long cardCostFen,
        int cardValidityYears,
        int greyWaitingDays,
        int correctionWindowHours,
        int subsidyValidityDays,
        boolean subsidyMonthOnly,
        WalletMode walletMode,
        DeductionOrder defaultDeductionOrder,
        boolean autoCardNo,
        int cardNoLength) {

    public static final long MAX_AMOUNT_FEN = 100_000_000_00L;

    public static SystemParameters defaults() {
        return new SystemParameters(999_900, 0, true, false, 0, 0, 10, 0, 24, 0, false,
                WalletMode.DUAL, DeductionOrder.SUBSIDY_THEN_CASH, true, 10);
    }

    /** Field problems, empty when the parameters are acceptable. */
    public List<FieldProblem> problems() {
        List<FieldProblem> out = new ArrayList<>();
        amount(out, "maxCardBalanceFen", maxCardBalanceFen, 1);
        amount(out, "singleRechargeLimitFen", singleRechargeLimitFen, 0);
        amount(out, "depositFen", depositFen, 0);
        amount(out, "cardCostFen", cardCostFen, 0);
        range(out, "cardValidityYears", cardValidityYears, 1, 50);
        range(out, "greyWaitingDays", greyWaitingDays, 0, 365);
        range(out, "correctionWindowHours", correctionWindowHours, 0, 24 * 31);
        range(out, "subsidyValidityDays", subsidyValidityDays, 0, 3660);
        range(out, "cardNoLength", cardNoLength, 6, 20);
        if (walletMode == null) {
            out.add(new FieldProblem("walletMode", "is required"));
        }
        if (defaultDeductionOrder == null) {
            out.add(new FieldProblem("defaultDeductionOrder", "is required"));
        }
        if (singleRechargeLimitFen > maxCardBalanceFen) {
            out.add(new FieldProblem("singleRechargeLimitFen", "may not exceed maxCardBalanceFen"));
        }
        return out;
    }

    /** Parameters that cards already issued depend on; changing them is refused once a card exists. */
    public List<String> lockedChangesFrom(SystemParameters current) {
        List<String> changed = new ArrayList<>();
        if (walletMode != current.walletMode) {
            changed.add("walletMode");
        }
        if (cardNoLength != current.cardNoLength) {
            changed.add("cardNoLength");
        }
        if (autoCardNo != current.autoCardNo) {
            changed.add("autoCardNo");
        }
        return changed;
    }

    private static void amount(List<FieldProblem> out, String field, long fen, long min) {
        if (fen < min || fen > MAX_AMOUNT_FEN) {
            out.add(new FieldProblem(field, "must be between " + min + " and " + MAX_AMOUNT_FEN + " fen"));
        }
    }

    private static void range(List<FieldProblem> out, String field, int value, int min, int max) {
        if (value < min || value > max) {
            out.add(new FieldProblem(field, "must be between " + min + " and " + max));
        }
    }
}
