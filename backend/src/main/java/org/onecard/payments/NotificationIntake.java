package org.onecard.payments;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.payments.PaymentCredit.Applied;
import org.onecard.payments.domain.PaymentChannel;
import org.onecard.payments.gateway.GatewayClient;
import org.onecard.payments.gateway.Verified;
import org.onecard.payments.persistence.NotificationStore;
import org.onecard.payments.persistence.OrderStore;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Takes a gateway's asynchronous notification: verifies it with the SDK, finds the order,
 * credits it once, and keeps a record of every notification with what became of it.
 */
@Service
public class NotificationIntake {

    /** The answer owed to the gateway: accepted (it stops sending) or refused (it tries again later). */
    public record Answer(boolean accepted, ResultCode code, String detail) {
    }

    private final Gateways gateways;
    private final OrderStore orders;
    private final NotificationStore notifications;
    private final PaymentCredit credit;
    private final BusinessClock clock;

    NotificationIntake(Gateways gateways, OrderStore orders, NotificationStore notifications, PaymentCredit credit,
                       BusinessClock clock) {
        this.gateways = gateways;
        this.orders = orders;
        this.notifications = notifications;
        this.credit = credit;
        this.clock = clock;
    }

    public Mono<Answer> wechat(Function<String, String> header, String body) {
        Optional<Verified> verified = gateways.wechatNotifications().map(n -> n.verify(header, body, clock.now()));
        return take(PaymentChannel.WECHAT, verified, body);
    }

    public Mono<Answer> alipay(Map<String, String> params, String body) {
        Optional<Verified> verified = gateways.alipayNotifications().map(n -> n.verify(params));
        return take(PaymentChannel.ALIPAY, verified, body);
    }

    private Mono<Answer> take(PaymentChannel channel, Optional<Verified> verified, String body) {
        if (verified.isEmpty()) {
            return record(channel, null, "REJECTED", ResultCode.PAYMENT_CHANNEL_UNAVAILABLE, "channel not set up", body);
        }
        if (verified.get() instanceof Verified.Refused refused) {
            return record(channel, refused.orderNo(), "REJECTED", refused.reason(), refused.detail(), body);
        }
        var trade = ((Verified.Trade) verified.get()).trade();
        GatewayClient gateway = gateways.client(channel).orElseThrow();
        return orders.findByNo(trade.orderNo())
                .filter(order -> order.channel() == channel)
                .flatMap(order -> credit.apply(order, trade, gateway))
                .flatMap(applied -> record(channel, trade.orderNo(), applied, body))
                .switchIfEmpty(Mono.defer(() -> record(channel, trade.orderNo(), "REJECTED", ResultCode.NOT_FOUND,
                        "No " + channel + " order " + trade.orderNo(), body)));
    }

    private Mono<Answer> record(PaymentChannel channel, String orderNo, Applied applied, String body) {
        return switch (applied.result()) {
            case CREDITED -> record(channel, orderNo, "CREDITED", ResultCode.OK, null, body);
            case REPEATED -> record(channel, orderNo, "REPEATED", ResultCode.OK, null, body);
            case NOT_PAID -> record(channel, orderNo, "IGNORED", ResultCode.OK, applied.detail(), body);
            case MISMATCH -> record(channel, orderNo, "REJECTED", ResultCode.NOTIFICATION_MISMATCH, applied.detail(), body);
        };
    }

    private Mono<Answer> record(PaymentChannel channel, String orderNo, String outcome, ResultCode code, String detail,
                                String body) {
        return notifications.insert(channel, clock.now(), orderNo, outcome, code.code(), detail, body)
                .thenReturn(new Answer(code == ResultCode.OK, code, detail));
    }
}
