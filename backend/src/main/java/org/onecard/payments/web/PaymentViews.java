package org.onecard.payments.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.onecard.payments.PaymentRefunds;
import org.onecard.payments.domain.OrderStatus;
import org.onecard.payments.domain.PayMode;
import org.onecard.payments.domain.PaymentChannel;
import org.onecard.payments.domain.PaymentOrder;
import org.onecard.payments.persistence.NotificationStore;
import org.onecard.payments.persistence.RefundStore;
import org.onecard.people.Person;

/** What the payment endpoints take and give. Amounts are integer fen. */
final class PaymentViews {

    private PaymentViews() {
    }

    @Schema(description = "A recharge through WeChat Pay or Alipay")
    record CreatePaymentOrderRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull PaymentChannel channel,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "positive whole fen")
            @NotNull @Positive Long amountFen,
            @Schema(description = "QR (default) for either channel; H5 for WeChat, WAP for Alipay, when the cardholder"
                    + " pays on the phone showing the page; JSAPI for WeChat inside WeChat's browser") PayMode mode,
            @Schema(description = "the payer's openid under our WeChat app; required with mode JSAPI, else unused")
            @Size(max = 128) String openid) {
    }

    @Schema(description = "A refund of a paid online order back through its gateway")
    record PaymentRefundRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "positive whole fen")
            @NotNull @Positive Long amountFen,
            @Size(max = 80) String reason) {
    }

    record PaymentOrderView(
            @Schema(requiredMode = RequiredMode.REQUIRED) String orderNo,
            @Schema(description = "null for a sale a terminal charged to a WeChat / Alipay payment code") Long personId,
            @Schema(requiredMode = RequiredMode.REQUIRED) PaymentChannel channel,
            @Schema(requiredMode = RequiredMode.REQUIRED) long amountFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) OrderStatus status,
            @Schema(description = "how the order was opened; null for a terminal's payment-code sale") PayMode mode,
            @Schema(description = "mode QR: show as a QR code (WeChat code_url, Alipay qr_code); H5 / WAP: the address"
                    + " to send the phone to, which comes back to /h5/recharge?orderNo=; JSAPI: the JSON object to pass to"
                    + " WeixinJSBridge.invoke('getBrandWCPayRequest', …); absent until the gateway opened it")
            String payUrl,
            String gatewayTradeNo,
            @Schema(requiredMode = RequiredMode.REQUIRED) long refundedFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant createdAt,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "unpaid after this, the order is closed")
            Instant expiresAt,
            Instant paidAt,
            Instant closedAt,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "true when this repeats the first answer")
            boolean replayed,
            @Schema(description = "the payer's employee number: in the card centre's order list only") String employeeNo,
            @Schema(description = "the payer's name: in the card centre's order list only") String personName) {

        static PaymentOrderView of(PaymentOrder o, boolean replayed) {
            return of(o, replayed, null);
        }

        /** {@code payer}: the order's person, for the card centre's list (null elsewhere). */
        static PaymentOrderView of(PaymentOrder o, boolean replayed, Person payer) {
            return new PaymentOrderView(o.orderNo(), o.personId(), o.channel(), o.amountFen(), o.status(), o.payMode(),
                    o.payUrl(), o.gatewayTradeNo(), o.refundedFen(), o.createdAt(), o.expiresAt(), o.paidAt(),
                    o.closedAt(), replayed, payer == null ? null : payer.employeeNo(),
                    payer == null ? null : payer.name());
        }
    }

    record PaymentRefundView(
            @Schema(requiredMode = RequiredMode.REQUIRED) String refundNo,
            @Schema(requiredMode = RequiredMode.REQUIRED) String orderNo,
            @Schema(requiredMode = RequiredMode.REQUIRED) long amountFen,
            @Schema(requiredMode = RequiredMode.REQUIRED,
                    description = "PROCESSING (the gateway has not answered: retry with the same key), SUCCESS or FAILED")
            String status,
            String reason,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant createdAt,
            Instant finishedAt,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "true when this repeats the first answer")
            boolean replayed) {

        static PaymentRefundView of(PaymentRefunds.Refunded r) {
            return of(r.refund(), r.orderNo(), r.replayed());
        }

        static PaymentRefundView of(RefundStore.RefundRow row, String orderNo, boolean replayed) {
            return new PaymentRefundView(row.refundNo(), orderNo, row.amountFen(), row.status(), row.reason(),
                    row.createdAt(), row.finishedAt(), replayed);
        }
    }

    @Schema(description = "A page of payment orders, newest first")
    record PaymentOrderPage(
            @Schema(requiredMode = RequiredMode.REQUIRED) List<PaymentOrderView> items,
            @Schema(requiredMode = RequiredMode.REQUIRED) int page,
            @Schema(requiredMode = RequiredMode.REQUIRED) int size,
            @Schema(requiredMode = RequiredMode.REQUIRED) long total) {
    }

    /** What became of a notification, as stored (see NotificationIntake). */
    enum NotificationOutcome {
        CREDITED,
        REPEATED,
        IGNORED,
        REJECTED
    }

    @Schema(description = "A page of notifications received, newest first")
    record PaymentNotificationPage(
            @Schema(requiredMode = RequiredMode.REQUIRED) List<PaymentNotificationView> items,
            @Schema(requiredMode = RequiredMode.REQUIRED) int page,
            @Schema(requiredMode = RequiredMode.REQUIRED) int size,
            @Schema(requiredMode = RequiredMode.REQUIRED) long total) {
    }

    record PaymentNotificationView(
            @Schema(requiredMode = RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = RequiredMode.REQUIRED) PaymentChannel channel,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant receivedAt,
            String orderNo,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "CREDITED, REPEATED, IGNORED or REJECTED")
            String outcome,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "result code; 0 when accepted")
            int resultCode,
            String detail,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the body as received (at most 4000 characters)")
            String body) {

        static PaymentNotificationView of(NotificationStore.Received r) {
            return new PaymentNotificationView(r.id(), r.channel(), r.receivedAt(), r.orderNo(), r.outcome(), r.resultCode(),
                    r.detail(), r.body());
        }
    }
}
