package org.onecard.payments.domain;

import java.util.Optional;

/**
 * Whether a paid trade the gateway reports belongs to the order it names: same amount, our app,
 * our merchant. A signed message about someone else's app or a different amount credits nothing.
 */
public final class TradeChecks {

    private TradeChecks() {
    }

    public static Optional<String> mismatch(PaymentOrder order, GatewayTrade trade, String appId, String merchantId) {
        if (trade.amountFen() != order.amountFen()) {
            return Optional.of("amount " + trade.amountFen() + " fen, the order is " + order.amountFen());
        }
        if (!appId.equals(trade.appId())) {
            return Optional.of("app id " + trade.appId() + " is not ours");
        }
        if (merchantId != null && !merchantId.isEmpty() && !merchantId.equals(trade.merchantId())) {
            return Optional.of("merchant " + trade.merchantId() + " is not ours");
        }
        return Optional.empty();
    }
}
