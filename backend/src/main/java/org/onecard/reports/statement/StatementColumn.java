package org.onecard.reports.statement;

import static org.onecard.ledger.domain.TransferCode.ADJUSTMENT;
import static org.onecard.ledger.domain.TransferCode.CANCEL_REFUND;
import static org.onecard.ledger.domain.TransferCode.CONSUMPTION;
import static org.onecard.ledger.domain.TransferCode.CONSUMPTION_OFFLINE;
import static org.onecard.ledger.domain.TransferCode.CONSUMPTION_SUPPLEMENT;
import static org.onecard.ledger.domain.TransferCode.CORRECTION;
import static org.onecard.ledger.domain.TransferCode.DEPOSIT_REFUND;
import static org.onecard.ledger.domain.TransferCode.RECHARGE_BATCH;
import static org.onecard.ledger.domain.TransferCode.RECHARGE_BONUS;
import static org.onecard.ledger.domain.TransferCode.RECHARGE_CASH;
import static org.onecard.ledger.domain.TransferCode.RECHARGE_CASHIER;
import static org.onecard.ledger.domain.TransferCode.RECHARGE_GATEWAY;
import static org.onecard.ledger.domain.TransferCode.RECHARGE_POS;
import static org.onecard.ledger.domain.TransferCode.REFUND_CASH;
import static org.onecard.ledger.domain.TransferCode.REFUND_SUBSIDY;
import static org.onecard.ledger.domain.TransferCode.REISSUE_TRANSFER;
import static org.onecard.ledger.domain.TransferCode.REVERSAL;
import static org.onecard.ledger.domain.TransferCode.SUBSIDY_CLEARED;
import static org.onecard.ledger.domain.TransferCode.SUBSIDY_GRANT;
import static org.onecard.ledger.domain.TransferCode.SUBSIDY_REVERSAL;

import java.util.Set;
import org.onecard.ledger.domain.TransferCode;

/**
 * The income and expense columns of the monthly statement (月结账单), in the one place that maps
 * transfer codes to them. A wallet's income is what was credited to it, its expense what was debited
 * from it; a code credited or debited that no column names falls into {@link #OTHER_IN} or
 * {@link #OTHER_OUT}, so every fen is in some column and the statement still balances.
 */
public enum StatementColumn {
    RECHARGE_CASH_IN(Side.INCOME, "现金充值", "Cash recharge", Set.of(RECHARGE_CASH)),
    RECHARGE_BATCH_IN(Side.INCOME, "批量充值", "Batch recharge", Set.of(RECHARGE_BATCH)),
    RECHARGE_CASHIER_IN(Side.INCOME, "出纳机充值", "Cashier recharge", Set.of(RECHARGE_CASHIER)),
    RECHARGE_POS_IN(Side.INCOME, "充值机充值", "Recharge POS", Set.of(RECHARGE_POS)),
    RECHARGE_ONLINE_IN(Side.INCOME, "在线充值", "Online recharge", Set.of(RECHARGE_GATEWAY)),
    RECHARGE_BONUS_IN(Side.INCOME, "充值赠送", "Recharge bonus", Set.of(RECHARGE_BONUS)),
    SUBSIDY_IN(Side.INCOME, "补贴", "Subsidy", Set.of(SUBSIDY_GRANT)),
    REISSUE_IN(Side.INCOME, "补卡转入", "Reissue transfer-in", Set.of(REISSUE_TRANSFER)),
    CORRECTION_IN(Side.INCOME, "更正/冲正/调账增加", "Corrections in", Set.of(CORRECTION, REVERSAL, ADJUSTMENT)),
    OTHER_IN(Side.INCOME, "其他收入", "Other income", Set.of()),
    CONSUMPTION_OUT(Side.EXPENSE, "联机消费", "Online consumption", Set.of(CONSUMPTION)),
    CONSUMPTION_OFFLINE_OUT(Side.EXPENSE, "脱机消费", "Offline consumption", Set.of(CONSUMPTION_OFFLINE)),
    SUPPLEMENT_OUT(Side.EXPENSE, "补单消费", "Supplementary consumption", Set.of(CONSUMPTION_SUPPLEMENT)),
    REFUND_OUT(Side.EXPENSE, "退款", "Refund", Set.of(REFUND_CASH, REFUND_SUBSIDY)),
    CARD_RETURN_OUT(Side.EXPENSE, "退卡", "Card return", Set.of(CANCEL_REFUND, DEPOSIT_REFUND)),
    SUBSIDY_CLEARED_OUT(Side.EXPENSE, "补贴清零", "Subsidy cleared", Set.of(SUBSIDY_CLEARED, SUBSIDY_REVERSAL)),
    REISSUE_OUT(Side.EXPENSE, "补卡转出", "Reissue transfer-out", Set.of(REISSUE_TRANSFER)),
    CORRECTION_OUT(Side.EXPENSE, "更正/冲正/调账减少", "Corrections out", Set.of(CORRECTION, REVERSAL, ADJUSTMENT)),
    OTHER_OUT(Side.EXPENSE, "其他支出", "Other expense", Set.of());

    /** Income is credited to the cardholder's wallet, expense debited from it. */
    public enum Side {
        INCOME,
        EXPENSE
    }

    private final Side side;
    private final String titleZh;
    private final String titleEn;
    private final Set<TransferCode> codes;

    StatementColumn(Side side, String titleZh, String titleEn, Set<TransferCode> codes) {
        this.side = side;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.codes = codes;
    }

    public Side side() {
        return side;
    }

    public String titleZh() {
        return titleZh;
    }

    public String titleEn() {
        return titleEn;
    }

    /** The column of an amount of {@code code} credited to a wallet ({@code credited}) or debited from one. */
    public static StatementColumn of(TransferCode code, boolean credited) {
        Side side = credited ? Side.INCOME : Side.EXPENSE;
        for (StatementColumn column : values()) {
            if (column.side == side && column.codes.contains(code)) {
                return column;
            }
        }
        return credited ? OTHER_IN : OTHER_OUT;
    }
}
