package org.onecard.payments.gateway.wechat;

import com.wechat.pay.java.service.payments.model.Transaction;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.onecard.payments.domain.GatewayTrade;

/** A WeChat Pay transaction (from a query or a decrypted notification) as a gateway trade. */
final class WechatTrades {

    private WechatTrades() {
    }

    static GatewayTrade of(Transaction t) {
        boolean paid = t.getTradeState() == Transaction.TradeStateEnum.SUCCESS;
        long total = t.getAmount() == null || t.getAmount().getTotal() == null ? -1 : t.getAmount().getTotal();
        String state = t.getTradeState() == null ? "UNKNOWN" : t.getTradeState().name();
        return new GatewayTrade(t.getOutTradeNo(), t.getTransactionId(), state, paid, total, t.getAppid(),
                t.getMchid(), time(t.getSuccessTime()));
    }

    /** RFC 3339 with an offset, e.g. 2018-06-08T10:34:56+08:00; null when absent or unreadable. */
    private static Instant time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
