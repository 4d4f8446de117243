package org.onecard.ledger.domain;

/**
 * Kinds of ledger account. Cardholder wallets keep a stored, never-negative balance; the
 * counter-accounts keep none (their balance is the sum of their transfers), so no busy outlet
 * or cash drawer is ever a hot row.
 */
public enum AccountKind {
    CASH_WALLET(Unit.FEN, true),
    SUBSIDY_WALLET(Unit.FEN, true),
    POINTS_WALLET(Unit.POINT, true),
    OUTLET_REVENUE(Unit.FEN, false),
    CASH_DRAWER(Unit.FEN, false),
    SUBSIDY_FUND(Unit.FEN, false),
    DEPOSITS(Unit.FEN, false),
    FEES(Unit.FEN, false),
    GATEWAY_CLEARING(Unit.FEN, false),
    ADJUSTMENTS(Unit.FEN, false),
    /** A reissued card's balance waiting out the grey-record days (卡金补领). */
    REISSUE_HOLD(Unit.FEN, false),
    /** What recharge promotions gave away: the bonus's counter-account (an expense of the card centre). */
    PROMOTION_EXPENSE(Unit.FEN, false),
    POINTS_ISSUED(Unit.POINT, false),
    /** A gas-station cardholder's prepaid volume (预购气量), bought at the price of the day. */
    VOLUME_WALLET(Unit.VOLUME, true),
    /** The counter-account volume is issued from and used back to (prepaid and credit volume). */
    VOLUME_ISSUED(Unit.VOLUME, false),
    /** A credit-amount card's credit left (limit − usage): the limit is granted in, sales take from it, clearing refills it. */
    CREDIT_LINE(Unit.FEN, true),
    /** A credit-volume card's volume left (limit − usage), granted from VOLUME_ISSUED. */
    CREDIT_VOLUME_LINE(Unit.VOLUME, true),
    /** Where credit-amount limits are granted from. */
    CREDIT_GRANTED(Unit.FEN, false),
    /** What a credit-volume cardholder's fleet owes for the fuel taken, until clearing. */
    FLEET_RECEIVABLE(Unit.FEN, false);

    private final Unit unit;
    private final boolean wallet;

    AccountKind(Unit unit, boolean wallet) {
        this.unit = unit;
        this.wallet = wallet;
    }

    public Unit unit() {
        return unit;
    }

    /** A wallet belongs to a cardholder, keeps a stored balance and may not go below zero. */
    public boolean isWallet() {
        return wallet;
    }
}
