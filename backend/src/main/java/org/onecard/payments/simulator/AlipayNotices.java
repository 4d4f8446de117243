package org.onecard.payments.simulator;

import com.alipay.api.AlipayApiException;
import com.alipay.api.internal.util.AlipaySignature;
import org.onecard.common.money.Money;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.onecard.payments.gateway.Keys;

/**
 * Alipay's messages: asynchronous notifications as form parameters signed RSA2 over the sorted
 * parameters without sign and sign_type, and API answers signed over the response node's text.
 */
final class AlipayNotices {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SimulatorKeys keys;

    AlipayNotices(SimulatorKeys keys) {
        this.keys = keys;
    }

    static String yuan(long fen) {
        return Money.ofFen(fen).toYuanString();
    }

    Map<String, String> notification(SimulatedTrades.Trade t, NoticeTweak tweak) {
        Instant at = tweak.signedAt() != null ? tweak.signedAt() : Instant.now();
        String amount = yuan(tweak.amountFen() != null ? tweak.amountFen() : t.amountFen);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("notify_time", TIME.format(at.atZone(CHINA)));
        p.put("notify_type", "trade_status_sync");
        p.put("notify_id", "sim" + SimulatorKeys.randomKey(24));
        p.put("charset", "utf-8");
        p.put("version", "1.0");
        p.put("sign_type", "RSA2");
        p.put("app_id", tweak.appId() != null ? tweak.appId() : t.appId);
        p.put("trade_no", t.gatewayTradeNo);
        p.put("out_trade_no", tweak.orderNo() != null ? tweak.orderNo() : t.orderNo);
        p.put("seller_id", tweak.merchantId() != null ? tweak.merchantId() : t.merchantId);
        p.put("buyer_id", "2088102177846880");
        p.put("buyer_logon_id", "sim***@example.com");
        p.put("trade_status", t.paid ? "TRADE_SUCCESS" : "WAIT_BUYER_PAY");
        p.put("total_amount", amount);
        p.put("receipt_amount", amount);
        p.put("buyer_pay_amount", amount);
        p.put("subject", t.subject);
        p.put("gmt_create", TIME.format(t.createdAt.atZone(CHINA)));
        if (t.paidAt != null) {
            p.put("gmt_payment", TIME.format(t.paidAt.atZone(CHINA)));
        }
        String key = tweak.forgedSignature() ? Keys.base64(SimulatorKeys.generate().getPrivate()) : Keys.base64(keys.alipayPair().getPrivate());
        p.put("sign", sign(AlipaySignature.getSignCheckContentV1(p), key));
        return p;
    }

    /** An API answer: {"<method>_response":{…},"sign":"…"}, signed over the node exactly as written. */
    String answer(String method, String node) {
        String sign = sign(node, Keys.base64(keys.alipayPair().getPrivate()));
        return "{\"" + method.replace('.', '_') + "_response\":" + node + ",\"sign\":\"" + sign + "\"}";
    }

    /** An answer signed with a key that is not Alipay's: what a forger or a man in the middle would send. */
    String forgedAnswer(String method, String node) {
        String sign = sign(node, Keys.base64(SimulatorKeys.generate().getPrivate()));
        return "{\"" + method.replace('.', '_') + "_response\":" + node + ",\"sign\":\"" + sign + "\"}";
    }

    static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String sign(String content, String privateKey) {
        try {
            return AlipaySignature.rsaSign(content, privateKey, "UTF-8", "RSA2");
        } catch (AlipayApiException e) {
            throw new IllegalStateException(e);
        }
    }
}
