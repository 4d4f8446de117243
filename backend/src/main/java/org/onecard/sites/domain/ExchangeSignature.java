package org.onecard.sites.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How every exchange request is signed: HMAC-SHA256 with the site's shared secret over the path,
 * the site code, the send time and the exact body bytes (openapi/site-exchange.md §2). A captured
 * request is only good for {@link #MAX_SKEW}, and replaying it changes nothing anyway.
 */
public final class ExchangeSignature {

    public static final String SITE_HEADER = "X-Site-Code";
    public static final String TIME_HEADER = "X-Site-Time";
    public static final String SIGNATURE_HEADER = "X-Site-Signature";
    public static final Duration MAX_SKEW = Duration.ofMinutes(5);

    private ExchangeSignature() {
    }

    public static String sign(String secret, String path, String site, long epochSecond, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((path + "\n" + site + "\n" + epochSecond + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }

    /** Whether the signature is right and the time close enough to {@code now}; compared in constant time. */
    public static boolean verify(String secret, String path, String site, String time, String signature, byte[] body,
                                 Instant now) {
        if (time == null || signature == null || !time.matches("\\d{1,12}")) {
            return false;
        }
        long sentAt = Long.parseLong(time);
        if (Math.abs(now.getEpochSecond() - sentAt) > MAX_SKEW.toSeconds()) {
            return false;
        }
        byte[] expected = sign(secret, path, site, sentAt, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.toLowerCase().getBytes(StandardCharsets.US_ASCII));
    }
}
