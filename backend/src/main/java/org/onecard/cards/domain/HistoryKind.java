package org.onecard.cards.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.onecard.ledger.domain.TransferCode;

/**
 * How a cardholder groups their statement lines (the mobile page's filter): the ledger's codes
 * gathered into what a person recognises. Every code belongs to exactly one kind.
 */
public enum HistoryKind {
    CONSUMPTION(TransferCode.CONSUMPTION, TransferCode.CONSUMPTION_OFFLINE, TransferCode.CONSUMPTION_SUPPLEMENT,
            TransferCode.CORRECTION),
    RECHARGE(TransferCode.RECHARGE_CASH, TransferCode.RECHARGE_BATCH, TransferCode.RECHARGE_CASHIER,
            TransferCode.RECHARGE_BONUS, TransferCode.RECHARGE_GATEWAY),
    SUBSIDY(TransferCode.SUBSIDY_GRANT, TransferCode.SUBSIDY_CLEARED, TransferCode.SUBSIDY_REVERSAL),
    REFUND(TransferCode.REFUND_CASH, TransferCode.REFUND_SUBSIDY, TransferCode.CANCEL_REFUND,
            TransferCode.DEPOSIT_REFUND),
    /** Issue fees, reissue transfers, reversals, adjustments and points. */
    OTHER();

    private final Set<TransferCode> codes;

    HistoryKind(TransferCode... codes) {
        this.codes = codes.length == 0 ? EnumSet.noneOf(TransferCode.class) : EnumSet.copyOf(Arrays.asList(codes));
    }

    public Set<TransferCode> codes() {
        if (this != OTHER) {
            return Set.copyOf(codes);
        }
        EnumSet<TransferCode> rest = EnumSet.allOf(TransferCode.class);
        for (HistoryKind kind : values()) {
            rest.removeAll(kind.codes);
        }
        return Set.copyOf(rest);
    }

    public static HistoryKind of(TransferCode code) {
        for (HistoryKind kind : values()) {
            if (kind.codes.contains(code)) {
                return kind;
            }
        }
        return OTHER;
    }
}
