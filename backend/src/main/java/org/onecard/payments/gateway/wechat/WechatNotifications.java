package org.onecard.payments.gateway.wechat;

import com.wechat.pay.java.core.exception.ValidationException;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.core.notification.RSAPublicKeyNotificationConfig;
import com.wechat.pay.java.core.notification.RequestParam;
import com.wechat.pay.java.service.payments.model.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.onecard.common.error.ResultCode;
import org.onecard.payments.gateway.Verified;

/**
 * Checks a WeChat Pay notification with the SDK's own code: the RSA signature over
 * timestamp, nonce and body with the platform public key, then AES-GCM decryption of the
 * resource with the APIv3 key. The SDK does not look at the time, so the 5-minute window is here.
 */
public class WechatNotifications {

    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private final NotificationParser parser;
    private final String publicKeyId;

    public WechatNotifications(WechatSettings settings) {
        this.publicKeyId = settings.publicKeyId();
        this.parser = new NotificationParser(new RSAPublicKeyNotificationConfig.Builder()
                .publicKey(settings.publicKey())
                .publicKeyId(settings.publicKeyId())
                .apiV3Key(settings.apiV3Key())
                .build());
    }

    /**
     * @param header the request's headers by name (any case)
     * @param body   the raw body exactly as received
     */
    public Verified verify(Function<String, String> header, String body, Instant now) {
        String timestamp = header.apply("Wechatpay-Timestamp");
        String serial = header.apply("Wechatpay-Serial");
        if (timestamp == null || serial == null || header.apply("Wechatpay-Signature") == null
                || header.apply("Wechatpay-Nonce") == null) {
            return new Verified.Refused(ResultCode.NOTIFICATION_SIGNATURE_INVALID, "Wechatpay-* headers missing", null);
        }
        if (!timestamp.matches("\\d{1,12}")
                || Duration.between(Instant.ofEpochSecond(Long.parseLong(timestamp)), now).abs().compareTo(MAX_CLOCK_SKEW) > 0) {
            return new Verified.Refused(ResultCode.NOTIFICATION_STALE, "Wechatpay-Timestamp " + timestamp
                    + " is more than 5 minutes from now", null);
        }
        if (!publicKeyId.equals(serial)) {
            return new Verified.Refused(ResultCode.NOTIFICATION_SIGNATURE_INVALID,
                    "Signed with key " + serial + ", not the platform key we hold", null);
        }
        RequestParam request = new RequestParam.Builder()
                .serialNumber(serial)
                .nonce(header.apply("Wechatpay-Nonce"))
                .signature(header.apply("Wechatpay-Signature"))
                .timestamp(timestamp)
                .signType(orDefault(header.apply("Wechatpay-Signature-Type")))
                .body(body)
                .build();
        try {
            return new Verified.Trade(WechatTrades.of(parser.parse(request, Transaction.class)));
        } catch (ValidationException e) {
            return new Verified.Refused(ResultCode.NOTIFICATION_SIGNATURE_INVALID, "The signature does not verify", null);
        } catch (RuntimeException e) {
            return new Verified.Refused(ResultCode.NOTIFICATION_UNREADABLE, "Cannot read: " + e.getMessage(), null);
        }
    }

    private static String orDefault(String signType) {
        return signType == null || signType.isBlank() ? "WECHATPAY2-SHA256-RSA2048" : signType;
    }
}
