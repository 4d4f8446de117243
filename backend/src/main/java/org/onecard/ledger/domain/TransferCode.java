package org.onecard.ledger.domain;

/**
 * What kind of movement a transfer is. Reports and the monthly statement group by these, so a
 * name, once used, is never changed.
 */
public enum TransferCode {
    ISSUE_DEPOSIT,
    ISSUE_CARD_COST,
    RECHARGE_CASH,
    RECHARGE_BATCH,
    RECHARGE_CASHIER,
    RECHARGE_POS,
    RECHARGE_BONUS,
    RECHARGE_GATEWAY,
    REFUND_CASH,
    REFUND_SUBSIDY,
    CONSUMPTION,
    CONSUMPTION_OFFLINE,
    CONSUMPTION_SUPPLEMENT,
    CORRECTION,
    SUBSIDY_GRANT,
    SUBSIDY_CLEARED,
    SUBSIDY_REVERSAL,
    REISSUE_TRANSFER,
    CANCEL_REFUND,
    DEPOSIT_REFUND,
    REVERSAL,
    ADJUSTMENT,
    POINTS_EARNED,
    POINTS_SPENT,
    /** Volume credited to a prepaid-volume wallet at the counter (its money is FUEL_PREPAID in the same posting). */
    FUEL_VOLUME_BOUGHT,
    /** The money paid at the counter for prepaid volume, to the station's revenue. */
    FUEL_PREPAID,
    /** Volume taken at a dispenser from a volume wallet or a credit-volume line. */
    FUEL_VOLUME_USED,
    /** A credit limit granted to (or taken back from) a credit line. */
    CREDIT_GRANT,
    /** A fleet's payment clearing a card's credit usage (记账额清零), and the volume line refilled by it. */
    CREDIT_CLEARING
}
