package org.onecard.payments.domain;

import java.time.Instant;

/**
 * A cardholder's recharge through a gateway. {@code orderNo} is our out_trade_no there;
 * {@code payUrl} what the page shows as a QR code (WeChat code_url, Alipay qr_code).
 */
public record PaymentOrder(
        long id,
        String orderNo,
        long personId,
        PaymentChannel channel,
        long amountFen,
        OrderStatus status,
        String clientKey,
        String requestHash,
        String payUrl,
        String gatewayTradeNo,
        Long postingId,
        long refundedFen,
        Instant createdAt,
        Instant expiresAt,
        Instant paidAt,
        Instant closedAt) {

    public long refundableFen() {
        return status == OrderStatus.PAID || status == OrderStatus.REFUNDED ? amountFen - refundedFen : 0;
    }
}
