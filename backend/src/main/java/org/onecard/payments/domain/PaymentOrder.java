package org.onecard.payments.domain;

import java.time.Instant;

/**
 * A cardholder's recharge through a gateway, or a sale a terminal charged to a payer's WeChat /
 * Alipay payment code (micropay: no person, and {@code clientKey} is the terminal request's key).
 * {@code orderNo} is our out_trade_no there; {@code payUrl} what the page shows as a QR code
 * (WeChat code_url, Alipay qr_code).
 */
public record PaymentOrder(
        long id,
        String orderNo,
        Long personId,
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

    /** A terminal's payment-code sale: money goes to the outlet, not to a cardholder's wallet. */
    public boolean atTerminal() {
        return personId == null;
    }

    public long refundableFen() {
        return status == OrderStatus.PAID || status == OrderStatus.REFUNDED ? amountFen - refundedFen : 0;
    }
}
