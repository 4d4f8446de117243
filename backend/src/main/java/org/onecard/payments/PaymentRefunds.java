package org.onecard.payments;

import java.util.List;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.common.web.IdempotencyKeys;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.payments.domain.OrderStatus;
import org.onecard.payments.domain.PaymentOrder;
import org.onecard.payments.domain.TradeNumbers;
import org.onecard.payments.gateway.GatewayClient;
import org.onecard.payments.gateway.GatewayException;
import org.onecard.payments.persistence.OrderStore;
import org.onecard.payments.persistence.RefundStore;
import org.onecard.payments.persistence.RefundStore.RefundRow;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Sends money of a paid online order back through its gateway. The cash wallet is debited first
 * (so money the cardholder has spent cannot be refunded); then the gateway is asked under our
 * refund number. A refusal books the money back; no answer leaves the refund PROCESSING, and a
 * retry with the same key asks again under the same number, which the gateway takes only once.
 */
@Service
public class PaymentRefunds {

    /** A refund and whether this answer repeats an earlier one. */
    public record Refunded(RefundRow refund, String orderNo, boolean replayed) {
    }

    private final OrderStore orders;
    private final RefundStore refunds;
    private final Gateways gateways;
    private final Ledger ledger;
    private final StandardAccounts accounts;
    private final PaymentCredit credit;
    private final BusinessClock clock;

    PaymentRefunds(OrderStore orders, RefundStore refunds, Gateways gateways, Ledger ledger, StandardAccounts accounts,
                   PaymentCredit credit, BusinessClock clock) {
        this.orders = orders;
        this.refunds = refunds;
        this.gateways = gateways;
        this.ledger = ledger;
        this.accounts = accounts;
        this.credit = credit;
        this.clock = clock;
    }

    public Mono<Refunded> refund(String orderNo, long amountFen, String reason, String key, long operatorId) {
        return IdempotencyKeys.required(key, () -> orders.findByNo(orderNo)
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("Payment order " + orderNo)))
                .flatMap(order -> refunds.findByClientKey(key)
                        .flatMap(first -> replay(first, order, amountFen))
                        .switchIfEmpty(Mono.defer(() -> fresh(order, amountFen, reason, key, operatorId)))));
    }

    private Mono<Refunded> replay(RefundRow first, PaymentOrder order, long amountFen) {
        if (first.orderId() != order.id() || first.amountFen() != amountFen) {
            return Mono.error(new ApiException(ResultCode.IDEMPOTENCY_CONFLICT,
                    "Key " + first.clientKey() + " was already used for a different refund"));
        }
        Mono<RefundRow> now = "PROCESSING".equals(first.status()) ? askGateway(order, first) : Mono.just(first);
        return now.map(row -> new Refunded(row, order.orderNo(), true));
    }

    private Mono<Refunded> fresh(PaymentOrder order, long amountFen, String reason, String key, long operatorId) {
        if (order.status() != OrderStatus.PAID && order.status() != OrderStatus.REFUNDED) {
            return Mono.error(new ApiException(ResultCode.PAYMENT_ORDER_STATE_FORBIDS,
                    "Order " + order.orderNo() + " is " + order.status() + "; only a paid order can be refunded"));
        }
        if (amountFen <= 0 || amountFen > order.refundableFen()) {
            return Mono.error(new ApiException(ResultCode.REFUND_AMOUNT_INVALID,
                    "At most " + order.refundableFen() + " fen of this order is left to refund"));
        }
        if (gateways.client(order.channel()).isEmpty()) {
            return Mono.error(new ApiException(ResultCode.PAYMENT_CHANNEL_UNAVAILABLE, order.channel() + " is not set up"));
        }
        String refundNo = TradeNumbers.next("RF", clock.now().atZone(clock.zone()));
        return Mono.zip(accounts.cashWallet(order.personId()), credit.clearing(order.channel()))
                .flatMap(a -> ledger.post(new PostingRequest("gateway-refund:" + key, List.of(new TransferLeg(a.getT1(),
                                a.getT2(), amountFen, TransferCode.REFUND_CASH)), operatorId, null, null, null, false,
                                "refund of " + order.orderNo()),
                        posted -> orders.addRefund(order.id(), amountFen).flatMap(ok -> ok
                                ? refunds.insert(refundNo, order.id(), amountFen, operatorId, key, reason,
                                        posted.postingId(), clock.now())
                                : Mono.error(new ApiException(ResultCode.REFUND_AMOUNT_INVALID,
                                        "The order has less than " + amountFen + " fen left to refund")))))
                .flatMap(outcome -> outcome instanceof PostingOutcome.Declined d
                        ? Mono.<RefundRow>error(new ApiException(d.reason(), d.detail()))
                        : refunds.findByClientKey(key))
                .flatMap(row -> askGateway(order, row))
                .map(row -> new Refunded(row, order.orderNo(), false))
                .onErrorResume(DataIntegrityViolationException.class, e -> refunds.findByClientKey(key)
                        .flatMap(first -> replay(first, order, amountFen)));
    }

    /** Asks the gateway; a refusal books the money back, no answer leaves the refund PROCESSING for a retry. */
    private Mono<RefundRow> askGateway(PaymentOrder order, RefundRow row) {
        GatewayClient gateway = gateways.client(order.channel()).orElseThrow();
        return orders.find(order.id())
                .flatMap(current -> gateway.refund(current, row.refundNo(), row.amountFen(), row.reason()))
                .flatMap(accepted -> accepted ? refunds.finish(row.id(), "SUCCESS", null, clock.now())
                        : giveBack(order, row))
                .then(refunds.findByNo(row.refundNo()))
                .onErrorResume(GatewayException.class, e -> Mono.error(new ApiException(ResultCode.PAYMENT_GATEWAY_FAILED,
                        "Refund " + row.refundNo() + " is kept as PROCESSING; retry with the same key. " + e.getMessage())));
    }

    /**
     * Books the refund's money back: the refund's own posting sent back (wallet or, for a terminal's
     * payment-code sale, the outlet's revenue, from the clearing account).
     */
    private Mono<Boolean> giveBack(PaymentOrder order, RefundRow row) {
        String refundKey = order.atTerminal() ? row.clientKey() : "gateway-refund:" + row.clientKey();
        return ledger.firstAnswer(refundKey).ofType(PostingOutcome.Posted.class)
                .flatMap(refund -> ledger.post(new PostingRequest("gateway-refund-back:" + row.clientKey(),
                        refund.transfers().stream().map(PostingOutcome.PostedTransfer::reversal).toList(),
                        row.operatorId(), null, null, null, false, "refund refused by the gateway " + row.refundNo()),
                        posted -> refunds.finish(row.id(), "FAILED", posted.postingId(), clock.now())
                                .flatMap(ended -> ended ? orders.undoRefund(order.id(), row.amountFen()) : Mono.empty())))
                .thenReturn(false);
    }

    /**
     * Inside the posting that reverses a terminal's payment-code sale (its key {@code key}): the
     * whole order is to be refunded, recorded once (a repeat of the reversal replays the posting and
     * never comes here). {@link #askForSale} then asks the gateway.
     */
    public Mono<Void> recordSaleRefund(String terminalKey, String key, long postingId) {
        return orders.findByTerminalKey(terminalKey).flatMap(order -> orders.addRefund(order.id(), order.amountFen())
                .flatMap(ok -> ok ? refunds.insert(TradeNumbers.next("RF", clock.now().atZone(clock.zone())), order.id(),
                                order.amountFen(), null, key, "terminal reversal", postingId, clock.now())
                        : Mono.error(new IllegalStateException("Order " + order.orderNo() + " has nothing left to refund"))));
    }

    /**
     * Asks the gateway to refund a terminal's sale recorded under {@code key}, unless it has already
     * answered; no answer is an ApiException (PAYMENT_GATEWAY_FAILED) and the refund stays PROCESSING.
     */
    public Mono<RefundRow> askForSale(String terminalKey, String key) {
        return orders.findByTerminalKey(terminalKey).flatMap(order -> refunds.findByClientKey(key)
                .flatMap(row -> "PROCESSING".equals(row.status()) ? askGateway(order, row) : Mono.just(row)));
    }
}
