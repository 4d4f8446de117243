package org.onecard.receipts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.onecard.ledger.domain.TransferCode;

/** The Chinese words a receipt prints for a movement, and the title of the whole receipt. */
final class ReceiptTitles {

    private static final Map<TransferCode, String> LABELS = new EnumMap<>(TransferCode.class);

    static {
        LABELS.put(TransferCode.ISSUE_DEPOSIT, "押金");
        LABELS.put(TransferCode.ISSUE_CARD_COST, "卡成本");
        LABELS.put(TransferCode.RECHARGE_CASH, "现金充值");
        LABELS.put(TransferCode.RECHARGE_BATCH, "批量充值");
        LABELS.put(TransferCode.RECHARGE_CASHIER, "收款机充值");
        LABELS.put(TransferCode.RECHARGE_POS, "充值机充值");
        LABELS.put(TransferCode.RECHARGE_BONUS, "充值赠送");
        LABELS.put(TransferCode.RECHARGE_GATEWAY, "在线充值");
        LABELS.put(TransferCode.REFUND_CASH, "退现金");
        LABELS.put(TransferCode.REFUND_SUBSIDY, "退补贴");
        LABELS.put(TransferCode.CONSUMPTION, "消费");
        LABELS.put(TransferCode.CONSUMPTION_OFFLINE, "脱机消费");
        LABELS.put(TransferCode.CONSUMPTION_SUPPLEMENT, "补单消费");
        LABELS.put(TransferCode.CORRECTION, "消费更正");
        LABELS.put(TransferCode.SUBSIDY_GRANT, "补贴发放");
        LABELS.put(TransferCode.SUBSIDY_CLEARED, "补贴清零");
        LABELS.put(TransferCode.SUBSIDY_REVERSAL, "补贴冲销");
        LABELS.put(TransferCode.REISSUE_TRANSFER, "补卡转入");
        LABELS.put(TransferCode.CANCEL_REFUND, "销户退款");
        LABELS.put(TransferCode.DEPOSIT_REFUND, "退押金");
        LABELS.put(TransferCode.REVERSAL, "冲正");
        LABELS.put(TransferCode.ADJUSTMENT, "调账");
        LABELS.put(TransferCode.POINTS_EARNED, "积分");
        LABELS.put(TransferCode.POINTS_SPENT, "积分消费");
        LABELS.put(TransferCode.FUEL_VOLUME_BOUGHT, "预购气量");
        LABELS.put(TransferCode.FUEL_PREPAID, "预购气款");
        LABELS.put(TransferCode.FUEL_VOLUME_USED, "加气用量");
        LABELS.put(TransferCode.CREDIT_GRANT, "记账额度");
        LABELS.put(TransferCode.CREDIT_CLEARING, "记账额清零");
    }

    private ReceiptTitles() {
    }

    static String label(TransferCode code) {
        return LABELS.getOrDefault(code, code.name());
    }

    /** The card event (ISSUE, RECHARGE, …) names the receipt when there is one, else the first movement. */
    static String title(String cardEventKind, List<TransferCode> codes) {
        if (cardEventKind != null) {
            switch (cardEventKind) {
                case "ISSUE": return "发卡凭证";
                case "RECHARGE": return "充值凭证";
                case "REFUND": return "退款凭证";
                case "CANCEL": return "销户退卡凭证";
                case "REISSUE": return "补卡凭证";
                default: break;
            }
        }
        TransferCode first = codes.isEmpty() ? null : codes.get(0);
        if (first == null) {
            return "交易凭证";
        }
        return switch (first) {
            case SUBSIDY_GRANT, SUBSIDY_CLEARED, SUBSIDY_REVERSAL -> "补贴凭证";
            case CONSUMPTION_SUPPLEMENT -> "补单凭证";
            case CORRECTION -> "消费更正凭证";
            case RECHARGE_BATCH -> "批量充值凭证";
            default -> label(first) + "凭证";
        };
    }
}
