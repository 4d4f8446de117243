package org.onecard.payments.simulator;

import java.time.Instant;

/**
 * How a simulated notification may differ from the truth, for tests of the verification code:
 * another amount, another app id or merchant, another order number, a timestamp from another time,
 * or a signature by a stranger's key.
 */
public record NoticeTweak(Long amountFen, String appId, Instant signedAt, boolean forgedSignature, String orderNo,
                          String merchantId) {

    public static final NoticeTweak NONE = new NoticeTweak(null, null, null, false, null, null);

    public static NoticeTweak amount(long amountFen) {
        return new NoticeTweak(amountFen, null, null, false, null, null);
    }

    public static NoticeTweak appId(String appId) {
        return new NoticeTweak(null, appId, null, false, null, null);
    }

    public static NoticeTweak signedAt(Instant at) {
        return new NoticeTweak(null, null, at, false, null, null);
    }

    public static NoticeTweak forged() {
        return new NoticeTweak(null, null, null, true, null, null);
    }

    /** Genuinely signed, but naming another order number (one the server may not know). */
    public static NoticeTweak orderNo(String orderNo) {
        return new NoticeTweak(null, null, null, false, orderNo, null);
    }

    /** Genuinely signed, but for another merchant (WeChat mchid, Alipay seller id). */
    public static NoticeTweak merchantId(String merchantId) {
        return new NoticeTweak(null, null, null, false, null, merchantId);
    }
}
