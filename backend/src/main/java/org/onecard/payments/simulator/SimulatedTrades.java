package org.onecard.payments.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecard.payments.domain.PaymentChannel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The trades the simulated gateways hold, in memory; the oldest go once there are too many. */
@Component
@ConditionalOnProperty(name = "onecard.payments.simulator.enabled", havingValue = "true")
public class SimulatedTrades {

    static final int MAX_TRADES = 10_000;

    /** One trade at a simulated gateway. State words are the gateway's own. */
    public static final class Trade {
        final PaymentChannel channel;
        final String orderNo;
        final String gatewayTradeNo;
        final long amountFen;
        final String subject;
        final String notifyUrl;
        final String appId;
        final String merchantId;
        final Instant createdAt;
        volatile boolean paid;
        volatile boolean closed;
        volatile boolean scanned;
        volatile Instant paidAt;
        final List<long[]> refunds = new ArrayList<>();
        final List<String> refundNos = new ArrayList<>();

        Trade(PaymentChannel channel, String orderNo, String gatewayTradeNo, long amountFen, String subject,
              String notifyUrl, String appId, String merchantId, Instant createdAt) {
            this.channel = channel;
            this.orderNo = orderNo;
            this.gatewayTradeNo = gatewayTradeNo;
            this.amountFen = amountFen;
            this.subject = subject;
            this.notifyUrl = notifyUrl;
            this.appId = appId;
            this.merchantId = merchantId;
            this.createdAt = createdAt;
        }

        public long amountFen() {
            return amountFen;
        }

        public String orderNo() {
            return orderNo;
        }

        public boolean paid() {
            return paid;
        }

        synchronized long refundedFen() {
            return refunds.stream().mapToLong(r -> r[0]).sum();
        }
    }

    private final Map<String, Trade> trades = new LinkedHashMap<>();

    synchronized Trade open(Trade trade) {
        Trade existing = trades.get(key(trade.channel, trade.orderNo));
        if (existing != null) {
            return existing;
        }
        if (trades.size() >= MAX_TRADES) {
            trades.remove(trades.keySet().iterator().next());
        }
        trades.put(key(trade.channel, trade.orderNo), trade);
        return trade;
    }

    public synchronized Trade find(PaymentChannel channel, String orderNo) {
        return trades.get(key(channel, orderNo));
    }

    synchronized Collection<Trade> all(PaymentChannel channel) {
        return trades.values().stream().filter(t -> t.channel == channel).toList();
    }

    private static String key(PaymentChannel channel, String orderNo) {
        return channel + ":" + orderNo;
    }
}
