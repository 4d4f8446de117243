package org.onecard.payments;

import java.time.Duration;
import java.time.Instant;
import org.onecard.common.time.BusinessClock;
import org.onecard.payments.domain.PaymentOrder;
import org.onecard.payments.gateway.GatewayClient;
import org.onecard.payments.gateway.GatewayException;
import org.onecard.payments.persistence.OrderStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Orders no notification settled: asks the gateway about each (a paid one is credited, once,
 * like a notification would), and closes at the gateway and here those left unpaid past their time.
 * A terminal's payment-code order is settled by its own request; one left CREATED after its wait
 * (the server stopped meanwhile) is cancelled at the gateway, so a payer is never charged for a
 * sale nobody booked.
 */
@Service
public class OrderFollowUp {

    private static final Logger LOG = LoggerFactory.getLogger(OrderFollowUp.class);
    /** Put a limit on everything: orders looked at per round. */
    static final int BATCH = 100;

    private final OrderStore orders;
    private final Gateways gateways;
    private final PaymentCredit credit;
    private final PaymentProperties properties;
    private final BusinessClock clock;

    OrderFollowUp(OrderStore orders, Gateways gateways, PaymentCredit credit, PaymentProperties properties,
                  BusinessClock clock) {
        this.orders = orders;
        this.gateways = gateways;
        this.credit = credit;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT30S")
    void scheduled() {
        round().onErrorResume(e -> {
            LOG.warn("Payment follow-up round failed", e);
            return Mono.empty();
        }).block(Duration.ofMinutes(5));
    }

    /** One round over the waiting orders; returns how many changed (credited or closed). */
    public Mono<Long> round() {
        Instant now = clock.now();
        Flux<Boolean> cancelled = orders.strandedAtTerminals(now.minus(properties.queryAfter()), BATCH)
                .concatMap(order -> cancel(order).onErrorResume(GatewayException.class, e -> {
                    LOG.info("Could not cancel stranded terminal order {}: {}", order.orderNo(), e.getMessage());
                    return Mono.just(false);
                }));
        return orders.waiting(now.minus(properties.queryAfter()), BATCH)
                .concatMap(order -> settle(order, now.isAfter(order.expiresAt())).onErrorResume(GatewayException.class, e -> {
                    LOG.info("Could not follow up order {}: {}", order.orderNo(), e.getMessage());
                    return Mono.just(false);
                }))
                .concatWith(cancelled)
                .filter(changed -> changed).count();
    }

    private Mono<Boolean> cancel(PaymentOrder order) {
        GatewayClient gateway = gateways.client(order.channel()).orElse(null);
        return gateway == null ? Mono.just(false)
                : gateway.cancel(order.orderNo()).then(orders.markClosed(order.id(), clock.now()));
    }

    /** Asks the gateway about the order and credits it if paid; true when the order changed. */
    public Mono<Boolean> sync(PaymentOrder order) {
        return settle(order, false);
    }

    /**
     * The cardholder gives the order up (cancelled in the WeChat pay sheet, changed their mind):
     * paid meanwhile, it is credited as {@link #sync} would; otherwise it is closed at the gateway
     * and here, and no longer counts among the person's open orders. True when the order changed.
     */
    public Mono<Boolean> giveUp(PaymentOrder order) {
        return settle(order, true);
    }

    /** {@code closeUnpaid}: close the order, at the gateway first, when the gateway says it is not paid. */
    private Mono<Boolean> settle(PaymentOrder order, boolean closeUnpaid) {
        GatewayClient gateway = gateways.client(order.channel()).orElse(null);
        if (gateway == null || !order.status().awaitsPayment()) {
            return Mono.just(false);
        }
        return gateway.query(order.orderNo()).flatMap(found -> {
            if (found.isPresent() && found.get().paid()) {
                return credit.apply(order, found.get(), gateway)
                        .map(applied -> applied.result() == PaymentCredit.Result.CREDITED);
            }
            if (!closeUnpaid) {
                return Mono.just(false);
            }
            // closed at the gateway first, so the cardholder can no longer pay what we call closed
            return gateway.close(order.orderNo()).then(orders.markClosed(order.id(), clock.now()));
        });
    }
}
