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
        /** The payment code charged (a terminal's scan), null for a QR-code order. */
        volatile String authCode;
        /** A payment-code trade waiting for the payer to confirm on the phone. */
        volatile boolean paying;
        /** Cancelled by the merchant (WeChat reverse, Alipay trade.cancel); a paid one was refunded in full. */
        volatile boolean reversed;
        /**
         * Where the payer's phone goes back after paying a phone-browser order (Alipay return_url;
         * WeChat H5's redirect_url rides on the h5_url instead); null for a QR order.
         */
        volatile String returnUrl;
        /** Opened for a phone's browser (WeChat H5 pay: trade_type MWEB). */
        volatile boolean phone;
        /** The payer a WeChat JSAPI order was opened for (trade_type JSAPI); null otherwise. */
        volatile String openid;
        /** Whether a refund has failed once already (a code ending 0097). */
        volatile boolean refundFailed;
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

        /** The payer a JSAPI order was opened for, or null. */
        public String openid() {
            return openid;
        }

        public boolean reversed() {
            return reversed;
        }

        /** How many refunds the gateway took for this trade. */
        public synchronized int refundCount() {
            return refunds.size();
        }

        /** A payment code charged for the trade (the first time only): paid now, or waiting for the payer. */
        synchronized void charge(String code, boolean payerMustConfirm) {
            if (authCode != null) {
                return;
            }
            authCode = code;
            scanned = true;
            paying = payerMustConfirm;
            if (!payerMustConfirm) {
                paid = true;
                paidAt = Instant.now();
            }
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

    /** The trade opened for this payment code, or null. */
    synchronized Trade byCode(String authCode) {
        return trades.values().stream().filter(t -> authCode.equals(t.authCode)).findFirst().orElse(null);
    }

    synchronized Collection<Trade> all(PaymentChannel channel) {
        return trades.values().stream().filter(t -> t.channel == channel).toList();
    }

    private static String key(PaymentChannel channel, String orderNo) {
        return channel + ":" + orderNo;
    }
}
