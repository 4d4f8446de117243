package org.onecard.payments;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.payments.domain.GatewayTrade;
import org.onecard.payments.domain.OrderStatus;
import org.onecard.payments.domain.PaymentChannel;
import org.onecard.payments.domain.PaymentOrder;
import org.onecard.payments.domain.TradeChecks;
import org.onecard.payments.domain.TradeNumbers;
import org.onecard.payments.gateway.CodePayment;
import org.onecard.payments.gateway.GatewayClient;
import org.onecard.payments.gateway.GatewayException;
import org.onecard.payments.persistence.OrderStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A terminal's sale charged to a payer's WeChat / Alipay payment code (micropay). One payment
 * order per terminal request key (payment_order.terminal_key), so a repeated request never charges
 * twice. The gateway answers paid, refused, or "paying" (the payer confirms on the phone): then the
 * order is asked about every {@code micropay.poll} until paid or {@code micropay.payer-wait} has passed,
 * when it is cancelled at the gateway. No answer, or one whose signature does not verify, is
 * cancelled too, and nothing is booked. A paid order is booked by {@link #book}: clearing → the
 * outlet's revenue, and the order PAID, in one transaction with what the caller adds.
 */
@Service
public class Micropay {

    private static final Logger LOG = LoggerFactory.getLogger(Micropay.class);

    /** One terminal request: its idempotency key and the hash of what a repeat must carry again. */
    public record Sale(String terminalKey, String requestHash, PaymentChannel channel, String authCode,
                       long amountFen, String subject) {
    }

    /** What charging a payment code came to. */
    public sealed interface Charged {

        record Paid(PaymentOrder order, GatewayTrade trade) implements Charged {
        }

        record Declined(ResultCode reason, String detail) implements Charged {
        }

        /** The key's order was opened by another request (a repeat still running): its answer is the answer. */
        record Taken() implements Charged {
        }
    }

    private final Gateways gateways;
    private final OrderStore orders;
    private final PaymentCredit credit;
    private final Ledger ledger;
    private final BusinessClock clock;
    private final PaymentProperties.Micropay timing;

    Micropay(Gateways gateways, OrderStore orders, PaymentCredit credit, Ledger ledger, BusinessClock clock,
             PaymentProperties properties) {
        this.gateways = gateways;
        this.orders = orders;
        this.credit = credit;
        this.ledger = ledger;
        this.clock = clock;
        this.timing = properties.micropay();
    }

    public Mono<Charged> charge(Sale sale) {
        Optional<GatewayClient> gateway = gateways.client(sale.channel());
        if (gateway.isEmpty()) {
            return Mono.just(new Charged.Declined(ResultCode.PAYMENT_CHANNEL_UNAVAILABLE, sale.channel() + " is not set up"));
        }
        Instant now = clock.now();
        PaymentOrder fresh = new PaymentOrder(0, TradeNumbers.next("MP", now.atZone(clock.zone())), null,
                sale.channel(), sale.amountFen(), OrderStatus.CREATED, sale.terminalKey(), sale.requestHash(), null,
                null, null, null, 0, now, now.plus(timing.payerWait()), null, null);
        return orders.insert(fresh)
                .flatMap(id -> orders.find(id))
                .flatMap(order -> pay(order, sale, gateway.get()))
                .onErrorResume(DataIntegrityViolationException.class, e -> Mono.just(new Charged.Taken()));
    }

    private Mono<Charged> pay(PaymentOrder order, Sale sale, GatewayClient gateway) {
        return gateway.codePay(order, sale.authCode(), sale.subject())
                .flatMap(answer -> {
                    if (answer instanceof CodePayment.Paid paid) {
                        return checked(order, paid.trade(), gateway);
                    }
                    if (answer instanceof CodePayment.Refused refused) {
                        return orders.markClosed(order.id(), clock.now())
                                .thenReturn(new Charged.Declined(reason(refused.reason()), refused.detail()));
                    }
                    return awaitPayer(order, gateway);
                })
                .onErrorResume(Micropay::gatewayFault, e -> {
                    LOG.warn("{} payment-code order {} got no trustworthy answer; cancelling it: {}", order.channel(),
                            order.orderNo(), e.toString());
                    return cancel(order, gateway, ResultCode.MICROPAY_GATEWAY_FAILED, e.getMessage());
                });
    }

    /**
     * Asks every poll until the payer has paid or the gateway ends the trade; past the wait, cancels it.
     * A query slower than the poll skips the ticks it overlaps (an interval that cannot emit would fail
     * the sale with an overflow, answered "96": seen in CI with a 200 ms poll on a loaded machine).
     */
    private Mono<Charged> awaitPayer(PaymentOrder order, GatewayClient gateway) {
        return Flux.interval(timing.poll())
                .onBackpressureDrop()
                .concatMap(tick -> gateway.query(order.orderNo())
                        // a query that gets no answer is asked again at the next tick
                        .onErrorResume(Micropay::gatewayFault, e -> Mono.just(Optional.empty())))
                .flatMap(Mono::justOrEmpty)
                .filter(trade -> trade.paid() || ended(trade.state()))
                .next()
                .timeout(timing.payerWait())
                .flatMap(trade -> trade.paid() ? checked(order, trade, gateway)
                        : orders.markClosed(order.id(), clock.now()).thenReturn(
                                new Charged.Declined(ResultCode.MICROPAY_DECLINED, "The gateway says " + trade.state())))
                .onErrorResume(TimeoutException.class, e -> cancel(order, gateway, ResultCode.MICROPAY_NOT_CONFIRMED,
                        "The payer did not confirm within " + timing.payerWait().toSeconds() + " s"));
    }

    /** States in which the trade will never be paid (WeChat, Alipay). */
    private static boolean ended(String state) {
        return List.of("CLOSED", "REVOKED", "PAYERROR", "TRADE_CLOSED").contains(state);
    }

    /** A paid trade that is not this order's (amount, app, merchant) is cancelled, never booked. */
    private Mono<Charged> checked(PaymentOrder order, GatewayTrade trade, GatewayClient gateway) {
        Optional<String> mismatch = TradeChecks.mismatch(order, trade, gateway.appId(), gateway.merchantId());
        return mismatch.isPresent() ? cancel(order, gateway, ResultCode.MICROPAY_GATEWAY_FAILED, mismatch.get())
                : Mono.just(new Charged.Paid(order, trade));
    }

    /** Cancels at the gateway (best effort: it is logged when that fails too) and closes the order. */
    private Mono<Charged> cancel(PaymentOrder order, GatewayClient gateway, ResultCode reason, String detail) {
        return gateway.cancel(order.orderNo())
                .onErrorResume(e -> {
                    LOG.error("{} payment-code order {} could not be cancelled at the gateway; check it there: {}",
                            order.channel(), order.orderNo(), e.toString());
                    return Mono.empty();
                })
                .then(orders.markClosed(order.id(), clock.now()))
                .thenReturn(new Charged.Declined(reason, detail));
    }

    /**
     * Books a paid order: the gateway's clearing account to {@code revenueAccount} under the
     * terminal's key, the order PAID, and {@code rows} in the same transaction.
     */
    public Mono<PostingOutcome> book(Charged.Paid paid, long revenueAccount, String terminalCode, Instant occurredAt,
                                     String note, Function<Posted, Mono<?>> rows) {
        PaymentOrder order = paid.order();
        GatewayTrade trade = paid.trade();
        return credit.clearing(order.channel()).flatMap(clearing -> ledger.post(new PostingRequest(order.clientKey(),
                        List.of(new TransferLeg(clearing, revenueAccount, order.amountFen(), TransferCode.CONSUMPTION)),
                        null, terminalCode, occurredAt, null, false, note),
                posted -> orders.markPaid(order.id(), trade.gatewayTradeNo(), posted.postingId(),
                        trade.paidAt() != null ? trade.paidAt() : clock.now()).then(rows.apply(posted))));
    }

    /** A paid order that could not be booked: the payer gets the money back at the gateway. */
    public Mono<Void> undo(Charged.Paid paid) {
        GatewayClient gateway = gateways.client(paid.order().channel()).orElseThrow();
        return cancel(paid.order(), gateway, ResultCode.MICROPAY_GATEWAY_FAILED, "not booked").then();
    }

    private static boolean gatewayFault(Throwable e) {
        return e instanceof GatewayException || e instanceof TimeoutException;
    }

    private static ResultCode reason(CodePayment.Reason reason) {
        return switch (reason) {
            case INSUFFICIENT -> ResultCode.MICROPAY_INSUFFICIENT;
            case CODE_EXPIRED -> ResultCode.MICROPAY_CODE_EXPIRED;
            case CODE_INVALID -> ResultCode.MICROPAY_CODE_INVALID;
            case OTHER -> ResultCode.MICROPAY_DECLINED;
        };
    }
}
