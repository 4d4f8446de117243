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
    POINTS_SPENT
}
