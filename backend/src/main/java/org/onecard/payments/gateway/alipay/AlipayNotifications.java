package org.onecard.payments.gateway.alipay;

import com.alipay.api.AlipayApiException;
import com.alipay.api.internal.util.AlipaySignature;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.onecard.common.error.ResultCode;
import org.onecard.payments.domain.GatewayTrade;
import org.onecard.payments.gateway.Verified;

/**
 * Checks an Alipay asynchronous notification with the SDK's own code: RSA2 over the sorted
 * parameters without sign and sign_type, against Alipay's public key. App id, seller and amount
 * are compared with the order afterwards ({@link org.onecard.payments.domain.TradeChecks}).
 */
public class AlipayNotifications {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String alipayPublicKey;

    public AlipayNotifications(AlipaySettings settings) {
        this.alipayPublicKey = settings.alipayPublicKey();
    }

    public Verified verify(Map<String, String> params) {
        String orderNo = params.get("out_trade_no");
        if (params.get("sign") == null || orderNo == null) {
            return new Verified.Refused(ResultCode.NOTIFICATION_UNREADABLE, "sign or out_trade_no missing", orderNo);
        }
        boolean valid;
        try {
            valid = AlipaySignature.rsaCheckV1(params, alipayPublicKey, "UTF-8", "RSA2");
        } catch (AlipayApiException | RuntimeException e) {
            valid = false;
        }
        if (!valid) {
            return new Verified.Refused(ResultCode.NOTIFICATION_SIGNATURE_INVALID, "The RSA2 signature does not verify",
                    orderNo);
        }
        String status = params.getOrDefault("trade_status", "");
        boolean paid = "TRADE_SUCCESS".equals(status) || "TRADE_FINISHED".equals(status);
        return new Verified.Trade(new GatewayTrade(orderNo, params.get("trade_no"), status, paid,
                Yuan.toFen(params.get("total_amount")), params.get("app_id"), params.get("seller_id"),
                time(params.get("gmt_payment"))));
    }

    private static java.time.Instant time(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, TIME).atZone(AlipayGateway.ALIPAY_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
