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
