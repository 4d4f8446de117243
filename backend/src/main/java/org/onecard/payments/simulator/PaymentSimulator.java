package org.onecard.payments.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.onecard.payments.domain.PaymentChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The simulator's own actions: a person pays a trade, and the gateway sends its notification
 * in the real format to the notify URL the order gave, again a few times until it is taken,
 * as the real gateways do. Tests use it to build notifications, true or tampered with.
 */
@Component
@ConditionalOnProperty(name = "onecard.payments.simulator.enabled", havingValue = "true")
public class PaymentSimulator {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentSimulator.class);
    /** Put a limit on everything: the real gateways retry for a day; the simulator a few times. */
    private static final int RESENDS = 3;

    /** A notification ready to send: headers (WeChat) and the exact body (JSON, or Alipay's form). */
    public record Notice(PaymentChannel channel, String notifyUrl, Map<String, String> headers, String body,
                         MediaType contentType) {
    }

    private final SimulatedTrades trades;
    private final WechatNotices wechat;
    private final AlipayNotices alipay;
    private final WebClient web;
    private final SimulatorKeys keys;
    private final ObjectMapper json;

    PaymentSimulator(SimulatedTrades trades, SimulatorKeys keys, ObjectMapper json, WebClient.Builder web) {
        this.trades = trades;
        this.keys = keys;
        this.json = json;
        this.wechat = new WechatNotices(keys, json);
        this.alipay = new AlipayNotices(keys);
        this.web = web.build();
    }

    /** The cardholder pays (or scans, for Alipay): false when there is no such open trade. */
    public boolean pay(PaymentChannel channel, String orderNo) {
        SimulatedTrades.Trade t = trades.find(channel, orderNo);
        if (t == null || t.closed) {
            return false;
        }
        synchronized (t) {
            if (!t.paid) {
                t.scanned = true;
                t.paidAt = Instant.now();
                t.paid = true;
            }
        }
        return true;
    }

    /** The payer confirms on the phone a payment-code trade that is waiting (code ending 0009): false when none is. */
    public boolean confirm(String authCode) {
        SimulatedTrades.Trade t = trades.byCode(authCode);
        if (t == null || t.closed || t.reversed) {
            return false;
        }
        synchronized (t) {
            if (!t.paid) {
                t.paidAt = Instant.now();
                t.paid = true;
            }
        }
        return true;
    }

    /**
     * WeChat's client paying an order through WeixinJSBridge: the parameters must be for our app, and
     * paySign the merchant's RSA signature over appId, timeStamp, nonceStr and package; then the
     * trade their prepay_id names is paid. The order number, or null when refused.
     */
    public String payJsapi(String parameters) {
        return payJsapi(parameters, null);
    }

    /** As {@link #payJsapi(String)}, by the WeChat user with this openid: only the payer the order was opened for may pay it. */
    public String payJsapi(String parameters, String payerOpenid) {
        Map<?, ?> p;
        try {
            p = json.readValue(parameters, Map.class);
        } catch (java.io.IOException e) {
            return null;
        }
        String message = p.get("appId") + "\n" + p.get("timeStamp") + "\n" + p.get("nonceStr") + "\n"
                + p.get("package") + "\n";
        if (!SimulatorKeys.WECHAT_APP_ID.equals(p.get("appId")) || !"RSA".equals(p.get("signType"))
                || !(p.get("paySign") instanceof String sign)
                || !Rsa.verify(message, sign, keys.wechatMerchantPair().getPublic())) {
            return null;
        }
        String prepayId = String.valueOf(p.get("package")).replaceFirst("^prepay_id=", "");
        SimulatedTrades.Trade t = trades.all(PaymentChannel.WECHAT).stream()
                .filter(x -> x.openid != null && prepayId.equals(WechatSimulator.prepayId(x))).findFirst().orElse(null);
        boolean payer = payerOpenid == null || t == null || payerOpenid.equals(t.openid);
        return t != null && payer && pay(PaymentChannel.WECHAT, t.orderNo) ? t.orderNo : null;
    }

    /** The trade a payment code opened, or null. */
    public SimulatedTrades.Trade tradeByCode(String authCode) {
        return trades.byCode(authCode);
    }

    public void scan(PaymentChannel channel, String orderNo) {
        SimulatedTrades.Trade t = trades.find(channel, orderNo);
        if (t != null) {
            t.scanned = true;
        }
    }

    public SimulatedTrades.Trade trade(PaymentChannel channel, String orderNo) {
        return trades.find(channel, orderNo);
    }

    /** The notification the gateway would send now about the trade, changed as the tweak says. */
    public Notice notice(PaymentChannel channel, String orderNo, NoticeTweak tweak) {
        SimulatedTrades.Trade t = trades.find(channel, orderNo);
        if (t == null) {
            throw new IllegalArgumentException("The simulator holds no " + channel + " trade " + orderNo);
        }
        if (channel == PaymentChannel.WECHAT) {
            WechatNotices.Signed signed = wechat.notification(t, tweak);
            return new Notice(channel, t.notifyUrl, signed.headers(), signed.body(), MediaType.APPLICATION_JSON);
        }
        return new Notice(channel, t.notifyUrl, Map.of(), AlipayNotices.form(alipay.notification(t, tweak)),
                MediaType.APPLICATION_FORM_URLENCODED);
    }

    /** Sends the true notification, resending (with a fresh signature time) until the server takes it. */
    public Mono<Boolean> notifyPaid(PaymentChannel channel, String orderNo) {
        return Mono.defer(() -> send(notice(channel, orderNo, NoticeTweak.NONE)))
                .flatMap(taken -> taken ? Mono.just(true) : Mono.error(new IllegalStateException("not taken")))
                .retryWhen(Retry.backoff(RESENDS, Duration.ofSeconds(2)))
                .onErrorResume(e -> {
                    LOG.info("The simulated {} notification for {} was not taken: {}", channel, orderNo, e.getMessage());
                    return Mono.just(false);
                });
    }

    /** Posts one notification; true when the answer is the gateway's "taken" (WeChat 2xx, Alipay "success"). */
    public Mono<Boolean> send(Notice notice) {
        return web.post().uri(notice.notifyUrl()).contentType(notice.contentType())
                .headers(h -> notice.headers().forEach(h::set))
                .bodyValue(notice.body())
                .exchangeToMono(response -> response.bodyToMono(String.class).defaultIfEmpty("")
                        .map(body -> notice.channel() == PaymentChannel.WECHAT
                                ? response.statusCode().is2xxSuccessful() : "success".equals(body.trim())))
                .timeout(Duration.ofSeconds(10));
    }
}
