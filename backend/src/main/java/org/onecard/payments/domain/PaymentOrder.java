package org.onecard.payments.domain;

import java.time.Instant;

/**
 * A cardholder's recharge through a gateway, or a sale a terminal charged to a payer's WeChat /
 * Alipay payment code (micropay: no person, and {@code clientKey} is the terminal request's key).
 * {@code orderNo} is our out_trade_no there; {@code payUrl} what the gateway answered for the
 * {@code payMode} (null for a terminal's sale): a QR code to show, or an address the phone goes to.
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
        PayMode payMode,
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
