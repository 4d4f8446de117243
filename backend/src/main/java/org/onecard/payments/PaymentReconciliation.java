package org.onecard.payments;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.payments.domain.PaymentChannel;
import org.onecard.payments.domain.Reconciliation;
import org.onecard.payments.domain.StatementLines;
import org.onecard.payments.gateway.GatewayClient;
import org.onecard.payments.gateway.GatewayException;
import org.onecard.payments.persistence.OrderStore;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The daily reconciliation of one gateway: its statement for a day (China time, as both gateways
 * cut their days) against the orders our ledger credited with payments of that day.
 */
@Service
public class PaymentReconciliation {

    static final ZoneId GATEWAY_DAY = ZoneId.of("Asia/Shanghai");

    private final Gateways gateways;
    private final OrderStore orders;

    PaymentReconciliation(Gateways gateways, OrderStore orders) {
        this.gateways = gateways;
        this.orders = orders;
    }

    public Mono<Reconciliation.ReconciliationReport> reconcile(PaymentChannel channel, LocalDate day) {
        GatewayClient gateway = gateways.client(channel).orElse(null);
        if (gateway == null) {
            return Mono.error(new ApiException(ResultCode.PAYMENT_CHANNEL_UNAVAILABLE, channel + " is not set up"));
        }
        Mono<List<StatementLines.Line>> statement = gateway.statement(day)
                .map(text -> channel == PaymentChannel.WECHAT ? StatementLines.wechat(text) : StatementLines.alipay(text))
                .onErrorMap(GatewayException.class, e -> new ApiException(ResultCode.STATEMENT_UNAVAILABLE,
                        "The " + channel + " statement of " + day + " could not be fetched: " + e.getMessage()));
        Mono<List<Reconciliation.Credited>> credited = orders.paidOn(channel, day.atStartOfDay(GATEWAY_DAY).toInstant(),
                        day.plusDays(1).atStartOfDay(GATEWAY_DAY).toInstant())
                .map(o -> new Reconciliation.Credited(o.orderNo(), o.amountFen(), o.postingId()))
                .collectList();
        return Mono.zip(statement, credited).map(t -> Reconciliation.compare(t.getT1(), t.getT2()));
    }
}
