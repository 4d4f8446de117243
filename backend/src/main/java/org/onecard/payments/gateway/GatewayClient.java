package org.onecard.payments.gateway;

import java.util.Optional;
import org.onecard.payments.domain.GatewayTrade;
import org.onecard.payments.domain.PaymentChannel;
import org.onecard.payments.domain.PaymentOrder;
import reactor.core.publisher.Mono;

/**
 * One gateway as the payment use cases see it, whatever SDK speaks to it. A gateway that cannot
 * be reached or refuses a request ends the Mono with a {@link GatewayException}.
 */
public interface GatewayClient {

    PaymentChannel channel();

    /** Our application at the gateway: every trade it reports must carry it. */
    String appId();

    /** Our merchant at the gateway (WeChat mchid, Alipay seller id); blank when the gateway does not say. */
    String merchantId();

    /**
     * Opens the order at the gateway in its pay mode; the answer is what the cardholder's page shows
     * as a QR code (QR) or the address the phone goes to (H5, WAP), which brings it back to the payer's
     * return URL.
     */
    Mono<String> prepay(PaymentOrder order, String subject, String notifyUrl, Payer payer);

    /** What the gateway knows of our order; empty when it has never heard of it. */
    Mono<Optional<GatewayTrade>> query(String orderNo);

    /** Closes an unpaid order at the gateway, so it can no longer be paid. */
    Mono<Void> close(String orderNo);

    /**
     * Charges the payer's payment code (the terminal scanned it) for the order: no notification,
     * the answer says it. A refusal is a value; no answer or one that does not verify a GatewayException.
     */
    Mono<CodePayment> codePay(PaymentOrder order, String authCode, String subject);

    /**
     * Cancels a payment-code order whatever became of it (WeChat reverse, Alipay trade.cancel): an
     * unpaid one can no longer be paid, a paid one is sent back to the payer.
     */
    Mono<Void> cancel(String orderNo);

    /** Asks the gateway to send money back; true when it has accepted (or already done) the refund. */
    Mono<Boolean> refund(PaymentOrder order, String refundNo, long amountFen, String reason);

    /** The gateway's statement of one day in its own format (WeChat trade bill CSV, Alipay bill zip's detail CSV). */
    Mono<String> statement(java.time.LocalDate day);
}
