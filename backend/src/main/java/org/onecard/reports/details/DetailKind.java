package org.onecard.reports.details;

import static org.onecard.ledger.domain.TransferCode.ADJUSTMENT;
import static org.onecard.ledger.domain.TransferCode.CANCEL_REFUND;
import static org.onecard.ledger.domain.TransferCode.CONSUMPTION_OFFLINE;
import static org.onecard.ledger.domain.TransferCode.CONSUMPTION_SUPPLEMENT;
import static org.onecard.ledger.domain.TransferCode.DEPOSIT_REFUND;
import static org.onecard.ledger.domain.TransferCode.ISSUE_CARD_COST;
import static org.onecard.ledger.domain.TransferCode.ISSUE_DEPOSIT;
import static org.onecard.ledger.domain.TransferCode.RECHARGE_BATCH;
import static org.onecard.ledger.domain.TransferCode.RECHARGE_BONUS;
import static org.onecard.ledger.domain.TransferCode.RECHARGE_CASH;
import static org.onecard.ledger.domain.TransferCode.RECHARGE_CASHIER;
import static org.onecard.ledger.domain.TransferCode.RECHARGE_GATEWAY;
import static org.onecard.ledger.domain.TransferCode.RECHARGE_POS;
import static org.onecard.ledger.domain.TransferCode.REFUND_CASH;
import static org.onecard.ledger.domain.TransferCode.REFUND_SUBSIDY;
import static org.onecard.ledger.domain.TransferCode.REVERSAL;
import static org.onecard.ledger.domain.TransferCode.SUBSIDY_CLEARED;
import static org.onecard.ledger.domain.TransferCode.SUBSIDY_GRANT;
import static org.onecard.ledger.domain.TransferCode.SUBSIDY_REVERSAL;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.onecard.ledger.domain.TransferCode;

/**
 * The kinds of the details report (明细报表, DOMAIN §5), each a set of the ledger's transfer codes.
 * No code is in two kinds. Reissue transfers (a wallet to its own hold and back) and points are no
 * kind: they are not money the card centre took or paid.
 */
public enum DetailKind {
    RECHARGE("充值", EnumSet.of(RECHARGE_CASH, RECHARGE_BATCH, RECHARGE_CASHIER, RECHARGE_POS, RECHARGE_BONUS,
            RECHARGE_GATEWAY)),
    CONSUMPTION("消费", EnumSet.of(TransferCode.CONSUMPTION, CONSUMPTION_OFFLINE)),
    SUPPLEMENT("补单", EnumSet.of(CONSUMPTION_SUPPLEMENT)),
    CORRECTION("更正/冲正/调账", EnumSet.of(TransferCode.CORRECTION, REVERSAL, ADJUSTMENT)),
    REFUND("退款", EnumSet.of(REFUND_CASH, REFUND_SUBSIDY)),
    CARD_RETURN("退卡", EnumSet.of(CANCEL_REFUND, DEPOSIT_REFUND)),
    CARD_COST("卡费/押金", EnumSet.of(ISSUE_CARD_COST, ISSUE_DEPOSIT)),
    SUBSIDY("补贴", EnumSet.of(SUBSIDY_GRANT, SUBSIDY_CLEARED, SUBSIDY_REVERSAL));

    private final String titleZh;
    private final Set<TransferCode> codes;

    DetailKind(String titleZh, Set<TransferCode> codes) {
        this.titleZh = titleZh;
        this.codes = codes;
    }

    public String titleZh() {
        return titleZh;
    }

    public Set<TransferCode> codes() {
        return Set.copyOf(codes);
    }

    /** The kind a code belongs to; empty for the codes the report leaves out. */
    public static Optional<DetailKind> of(TransferCode code) {
        for (DetailKind kind : values()) {
            if (kind.codes.contains(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind named {@code name} (case-insensitive), or empty. */
    public static Optional<DetailKind> named(String name) {
        for (DetailKind kind : values()) {
            if (kind.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
