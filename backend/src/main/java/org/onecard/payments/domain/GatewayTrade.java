package org.onecard.payments.domain;

import java.time.Instant;

/**
 * What a gateway says about one of our orders, from a verified notification or an order query.
 *
 * @param orderNo        our out_trade_no
 * @param gatewayTradeNo the gateway's own number (WeChat transaction_id, Alipay trade_no)
 * @param state          the gateway's word for it (SUCCESS, NOTPAY, TRADE_SUCCESS, WAIT_BUYER_PAY…)
 * @param paid           whether that state means the money was taken
 * @param appId          the application the trade was made for (WeChat appid, Alipay app_id)
 * @param merchantId     the merchant who receives the money (WeChat mchid, Alipay seller_id)
 */
public record GatewayTrade(
        String orderNo,
        String gatewayTradeNo,
        String state,
        boolean paid,
        long amountFen,
        String appId,
        String merchantId,
        Instant paidAt) {
}
