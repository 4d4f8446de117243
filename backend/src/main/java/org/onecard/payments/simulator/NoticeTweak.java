package org.onecard.payments.simulator;

import java.time.Instant;

/**
 * How a simulated notification may differ from the truth, for tests of the verification code:
 * another amount, another app id, a timestamp from another time, or a signature by a stranger's key.
 */
public record NoticeTweak(Long amountFen, String appId, Instant signedAt, boolean forgedSignature) {

    public static final NoticeTweak NONE = new NoticeTweak(null, null, null, false);

    public static NoticeTweak amount(long amountFen) {
        return new NoticeTweak(amountFen, null, null, false);
    }

    public static NoticeTweak appId(String appId) {
        return new NoticeTweak(null, appId, null, false);
    }

    public static NoticeTweak signedAt(Instant at) {
        return new NoticeTweak(null, null, at, false);
    }

    public static NoticeTweak forged() {
        return new NoticeTweak(null, null, null, true);
    }
}
