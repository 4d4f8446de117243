package org.onecard.rules.domain;

/**
 * How a payment is taken from the two wallets in a card type's deduction order. A split that
 * cannot cover the amount says so instead of taking a partial payment.
 */
public record WalletSplit(long fromCashFen, long fromSubsidyFen, boolean covered) {

    public static WalletSplit of(long amountFen, long cashFen, long subsidyFen, DeductionOrder order) {
        if (amountFen <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amountFen);
        }
        long cash = Math.max(cashFen, 0);
        long subsidy = Math.max(subsidyFen, 0);
        return switch (order) {
            case CASH_ONLY -> cash >= amountFen ? new WalletSplit(amountFen, 0, true) : uncovered();
            case SUBSIDY_ONLY -> subsidy >= amountFen ? new WalletSplit(0, amountFen, true) : uncovered();
            case CASH_THEN_SUBSIDY -> firstThenSecond(amountFen, cash, subsidy, true);
            case SUBSIDY_THEN_CASH -> firstThenSecond(amountFen, subsidy, cash, false);
        };
    }

    /**
     * An offline record's split: the amount was spent already, so it is always taken. When the
     * wallets cover it, as {@link #of}; otherwise (not covered) a single-wallet order takes it all
     * from its wallet, and the two-wallet orders take what the subsidy wallet holds and the rest
     * from the cash wallet, which goes below 0 (the holder's debt, paid back by the next recharge).
     */
    public static WalletSplit overdrawing(long amountFen, long cashFen, long subsidyFen, DeductionOrder order) {
        WalletSplit split = of(amountFen, cashFen, subsidyFen, order);
        if (split.covered()) {
            return split;
        }
        return switch (order) {
            case CASH_ONLY -> new WalletSplit(amountFen, 0, false);
            case SUBSIDY_ONLY -> new WalletSplit(0, amountFen, false);
            case CASH_THEN_SUBSIDY, SUBSIDY_THEN_CASH -> {
                long fromSubsidy = Math.min(Math.max(subsidyFen, 0), amountFen);
                yield new WalletSplit(amountFen - fromSubsidy, fromSubsidy, false);
            }
        };
    }

    private static WalletSplit firstThenSecond(long amount, long first, long second, boolean cashFirst) {
        if (Math.addExact(first, second) < amount) {
            return uncovered();
        }
        long fromFirst = Math.min(first, amount);
        long fromSecond = amount - fromFirst;
        return cashFirst ? new WalletSplit(fromFirst, fromSecond, true) : new WalletSplit(fromSecond, fromFirst, true);
    }

    private static WalletSplit uncovered() {
        return new WalletSplit(0, 0, false);
    }
}
