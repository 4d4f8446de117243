package org.onecard.payments;

import java.time.Instant;
import org.onecard.cards.CounterRecharge;
import org.onecard.common.Sha256;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.common.web.IdempotencyKeys;
import org.onecard.payments.domain.OrderStatus;
import org.onecard.payments.domain.PayMode;
import org.onecard.payments.domain.PaymentChannel;
import org.onecard.payments.domain.PaymentOrder;
import org.onecard.payments.domain.TradeNumbers;
import org.onecard.payments.gateway.GatewayClient;
import org.onecard.payments.gateway.GatewayException;
import org.onecard.payments.gateway.Payer;
import org.onecard.payments.persistence.OrderStore;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A cardholder's recharge orders. Creating one checks the card could take the money, stores the
 * order and opens it at the gateway; the cardholder's idempotency key makes a retry return the
 * same order (and a key reused for another amount or channel is refused).
 */
@Service
public class PaymentOrders {

    /** An order and whether this answer repeats an earlier one. */
    public record Placed(PaymentOrder order, boolean replayed) {
    }

    /** WeChat Pay takes the total as a 32-bit integer of fen. */
    private static final long MAX_AMOUNT_FEN = Integer.MAX_VALUE;

    private final OrderStore orders;
    private final Gateways gateways;
    private final CounterRecharge recharges;
    private final PaymentProperties properties;
    private final BusinessClock clock;
    private final WechatOpenids openids;

    PaymentOrders(OrderStore orders, Gateways gateways, CounterRecharge recharges, PaymentProperties properties,
                  BusinessClock clock, WechatOpenids openids) {
        this.openids = openids;
        this.orders = orders;
        this.gateways = gateways;
        this.recharges = recharges;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Opens a recharge in a pay mode of the channel (null means QR); {@code payerIp} is the phone's
     * address as we saw it, which WeChat H5 pay requires; {@code openid} the payer for JSAPI (else unused),
     * which when absent is the one WeChat OAuth bound to the person ({@link WechatOpenids}).
     */
    public Mono<Placed> create(long personId, PaymentChannel channel, PayMode mode, long amountFen, String clientKey,
                               String payerIp, String openid) {
        return IdempotencyKeys.required(clientKey, () -> {
            if (amountFen <= 0 || amountFen > MAX_AMOUNT_FEN) {
                return Mono.error(new ApiException(ResultCode.INVALID_AMOUNT, "amountFen must be 1.." + MAX_AMOUNT_FEN));
            }
            PayMode payMode = mode == null ? PayMode.QR : mode;
            if (!payMode.allows(channel)) {
                return Mono.error(new ApiException(ResultCode.PAY_MODE_NOT_FOR_CHANNEL,
                        channel + " does not offer pay mode " + payMode));
            }
            if (payMode == PayMode.H5 && (payerIp == null || payerIp.isBlank())) {
                // WeChat H5 pay requires the payer's IP, and refuses the order without it
                return Mono.error(new ApiException(ResultCode.PAYER_ADDRESS_UNKNOWN, "No address for the paying phone"));
            }
            if (payMode == PayMode.JSAPI && openid == null) {
                return openids.openidOf(personId)
                        .switchIfEmpty(Mono.error(() -> new ApiException(ResultCode.OPENID_REQUIRED,
                                "mode JSAPI needs openid: go through WeChat OAuth first")))
                        .flatMap(bound -> create(personId, channel, payMode, amountFen, clientKey, payerIp, bound));
            }
            if (payMode == PayMode.JSAPI && openid.isBlank()) {
                return Mono.error(new ApiException(ResultCode.OPENID_REQUIRED, "mode JSAPI needs openid"));
            }
            Payer payer = new Payer(payerIp, null, payMode == PayMode.JSAPI ? openid : null);
            // a QR order's hash stays what it was before pay modes, so older keys still replay
            String hash = Sha256.hex(channel.name() + ":" + amountFen + (payMode == PayMode.QR ? "" : ":" + payMode)
                    + (payer.openid() == null ? "" : ":" + payer.openid()));
            return orders.findByClientKey(personId, clientKey)
                    .flatMap(first -> replay(first, hash, payer))
                    .switchIfEmpty(Mono.defer(() -> createNew(personId, channel, payMode, amountFen, clientKey, hash,
                            payer)));
        });
    }

    private Mono<Placed> replay(PaymentOrder first, String hash, Payer payer) {
        if (!first.requestHash().equals(hash)) {
            return Mono.error(new ApiException(ResultCode.IDEMPOTENCY_CONFLICT,
                    "Key " + first.clientKey() + " was already used for a different order"));
        }
        // the first attempt stored the order but could not open it at the gateway: try again
        Mono<PaymentOrder> opened = first.payUrl() == null && first.status() == OrderStatus.CREATED
                ? open(first, payer) : Mono.just(first);
        return opened.map(order -> new Placed(order, true));
    }

    private Mono<Placed> createNew(long personId, PaymentChannel channel, PayMode mode, long amountFen, String clientKey,
                                   String hash, Payer payer) {
        GatewayClient gateway = gateways.client(channel).orElse(null);
        if (gateway == null) {
            return Mono.error(new ApiException(ResultCode.PAYMENT_CHANNEL_UNAVAILABLE, channel + " is not set up here"));
        }
        Instant now = clock.now();
        PaymentOrder order = new PaymentOrder(0, newOrderNo(now), personId, channel, amountFen, OrderStatus.CREATED,
                clientKey, hash, mode, null, null, null, 0, now, now.plus(properties.orderTtl()), null, null);
        return recharges.checkAllowed(personId, amountFen)
                .then(orders.countOpen(personId))
                .flatMap(open -> open >= properties.maxOpenOrders()
                        ? Mono.error(new ApiException(ResultCode.TOO_MANY_OPEN_ORDERS,
                                "At most " + properties.maxOpenOrders() + " unfinished orders at once"))
                        : orders.insert(order))
                .flatMap(orders::find)
                .flatMap(stored -> open(stored, payer))
                .map(stored -> new Placed(stored, false))
                // the same key raced in twice: the loser answers with the winner's order
                .onErrorResume(DataIntegrityViolationException.class, e -> orders.findByClientKey(personId, clientKey)
                        .flatMap(first -> replay(first, hash, payer)));
    }

    private Mono<PaymentOrder> open(PaymentOrder order, Payer payer) {
        GatewayClient gateway = gateways.client(order.channel()).orElseThrow();
        return gateway.prepay(order, "一卡通充值 " + order.orderNo(), gateways.notifyUrl(order.channel()),
                        new Payer(payer.ip(), gateways.returnUrl(order.orderNo()), payer.openid()))
                .flatMap(url -> orders.setPayUrl(order.id(), url).then(orders.find(order.id())))
                .onErrorMap(GatewayException.class, e -> new ApiException(ResultCode.PAYMENT_GATEWAY_FAILED,
                        "The order " + order.orderNo() + " is kept; retry with the same key. " + e.getMessage()));
    }

    public Mono<PaymentOrder> ofPerson(long personId, String orderNo) {
        return orders.findByNo(orderNo).filter(o -> Long.valueOf(personId).equals(o.personId()))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("Payment order " + orderNo)));
    }

    public Mono<PaymentOrder> find(String orderNo) {
        return orders.findByNo(orderNo).switchIfEmpty(Mono.error(() -> ApiException.notFound("Payment order " + orderNo)));
    }

    private String newOrderNo(Instant now) {
        return TradeNumbers.next("OC", now.atZone(clock.zone()));
    }
}
