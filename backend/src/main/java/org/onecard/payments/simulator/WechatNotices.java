package org.onecard.payments.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeChat Pay API v3 messages as the platform writes them: transactions in JSON, notifications
 * with the resource encrypted by AEAD_AES_256_GCM under the APIv3 key, and the Wechatpay-*
 * headers signing "timestamp\nnonce\nbody\n" with the platform private key.
 */
final class WechatNotices {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** A signed message: the headers and the exact body. */
    record Signed(Map<String, String> headers, String body) {
    }

    private final SimulatorKeys keys;
    private final ObjectMapper json;

    WechatNotices(SimulatorKeys keys, ObjectMapper json) {
        this.keys = keys;
        this.json = json;
    }

    /** The transaction object of the v3 API (query answers and decrypted notifications). */
    Map<String, Object> transaction(SimulatedTrades.Trade t, Long amountFen, String appId) {
        Map<String, Object> tx = new LinkedHashMap<>();
        tx.put("appid", appId != null ? appId : t.appId);
        tx.put("mchid", t.merchantId);
        tx.put("out_trade_no", t.orderNo);
        tx.put("trade_type", t.authCode != null ? "MICROPAY" : t.openid != null ? "JSAPI" : t.phone ? "MWEB" : "NATIVE");
        tx.put("trade_state", state(t));
        tx.put("trade_state_desc", t.paid ? "支付成功" : t.closed ? "订单已关闭" : "订单未支付");
        long total = amountFen != null ? amountFen : t.amountFen;
        if (t.paid) {
            tx.put("transaction_id", t.gatewayTradeNo);
            tx.put("bank_type", "OTHERS");
            tx.put("attach", "");
            tx.put("success_time", RFC3339.format(t.paidAt.atZone(CHINA)));
            tx.put("payer", Map.of("openid", "oSIM" + t.gatewayTradeNo.substring(t.gatewayTradeNo.length() - 8)));
            tx.put("amount", Map.of("total", total, "payer_total", total, "currency", "CNY", "payer_currency", "CNY"));
        } else {
            tx.put("amount", Map.of("total", total, "currency", "CNY"));
        }
        return tx;
    }

    private static String state(SimulatedTrades.Trade t) {
        if (t.reversed) {
            return "REVOKED";
        }
        if (t.paid) {
            return t.refundedFen() > 0 ? "REFUND" : "SUCCESS";
        }
        return t.closed ? "CLOSED" : t.paying ? "USERPAYING" : "NOTPAY";
    }

    Signed notification(SimulatedTrades.Trade t, NoticeTweak tweak) {
        Map<String, Object> resource = new LinkedHashMap<>();
        String nonce = SimulatorKeys.randomKey(12);
        resource.put("original_type", "transaction");
        resource.put("algorithm", "AEAD_AES_256_GCM");
        Map<String, Object> tx = transaction(t, tweak.amountFen(), tweak.appId());
        if (tweak.orderNo() != null) {
            tx.put("out_trade_no", tweak.orderNo());
        }
        if (tweak.merchantId() != null) {
            tx.put("mchid", tweak.merchantId());
        }
        resource.put("ciphertext", encrypt(write(tx), nonce));
        resource.put("associated_data", "transaction");
        resource.put("nonce", nonce);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "EV-" + t.gatewayTradeNo);
        Instant at = tweak.signedAt() != null ? tweak.signedAt() : Instant.now();
        body.put("create_time", RFC3339.format(at.atZone(CHINA)));
        body.put("resource_type", "encrypt-resource");
        body.put("event_type", "TRANSACTION.SUCCESS");
        body.put("summary", "支付成功");
        body.put("resource", resource);
        return sign(write(body), at, tweak.forgedSignature() ? SimulatorKeys.generate().getPrivate() : keys.wechatPlatformPair().getPrivate());
    }

    /** Signs an answer or a notification as the platform does. */
    Signed sign(String body, Instant at, PrivateKey key) {
        String timestamp = Long.toString(at.getEpochSecond());
        String nonce = SimulatorKeys.randomKey(32);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Wechatpay-Serial", SimulatorKeys.WECHAT_PUBLIC_KEY_ID);
        headers.put("Wechatpay-Timestamp", timestamp);
        headers.put("Wechatpay-Nonce", nonce);
        headers.put("Wechatpay-Signature", Rsa.sign(timestamp + "\n" + nonce + "\n" + body + "\n", key));
        headers.put("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048");
        headers.put("Request-ID", "SIM-" + nonce);
        return new Signed(headers, body);
    }

    Signed sign(String body) {
        return sign(body, Instant.now(), keys.wechatPlatformPair().getPrivate());
    }

    private String encrypt(String plaintext, String nonce) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keys.apiV3Key().getBytes(StandardCharsets.UTF_8), "AES"),
                    new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
            cipher.updateAAD("transaction".getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
