package org.onecard.reports.summary;

import java.util.Optional;
import org.onecard.payments.domain.PaymentChannel;

/**
 * Where recharge money came in, read from the transfer code (and an online recharge's payment
 * channel). A card issue's first recharge is counter cash.
 */
public enum RechargeChannel {
    /** 柜台现金: at the card centre, single or at issue */
    COUNTER_CASH("柜台现金"),
    /** 充值机 */
    POS("充值机"),
    /** 出纳机 */
    CASHIER("出纳机"),
    WECHAT("微信"),
    ALIPAY("支付宝"),
    /** 批量/导入: batch recharge at the card centre and Excel imports */
    IMPORT("批量导入");

    private final String zh;

    RechargeChannel(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** Whether cash goes back out through this channel (a refund): the counter, a cashier machine, the gateways. */
    public boolean paysOut() {
        return this == COUNTER_CASH || this == CASHIER || this == WECHAT || this == ALIPAY;
    }

    /** Where a cash refund went: back through the gateway it names, else a cashier machine's drawer or the counter's. */
    static RechargeChannel ofRefund(PaymentChannel gateway, boolean atTerminal) {
        if (gateway != null) {
            return gateway == PaymentChannel.ALIPAY ? ALIPAY : WECHAT;
        }
        return atTerminal ? CASHIER : COUNTER_CASH;
    }

    static Optional<RechargeChannel> of(String transferCode, String gateway) {
        return switch (transferCode) {
            case "RECHARGE_CASH" -> Optional.of(COUNTER_CASH);
            case "RECHARGE_POS" -> Optional.of(POS);
            case "RECHARGE_CASHIER" -> Optional.of(CASHIER);
            case "RECHARGE_BATCH" -> Optional.of(IMPORT);
            case "RECHARGE_GATEWAY" -> Optional.of("ALIPAY".equals(gateway) ? ALIPAY : WECHAT);
            default -> Optional.empty();
        };
    }
}
