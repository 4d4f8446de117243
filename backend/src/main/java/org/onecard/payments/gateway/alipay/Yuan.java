package org.onecard.payments.gateway.alipay;

import java.math.BigDecimal;

/** Alipay writes amounts in yuan with at most two decimals; anything else is not an amount we accept. */
final class Yuan {

    private Yuan() {
    }

    /** Fen, or -1 when the text is not a yuan amount with at most two decimals. */
    static long toFen(String yuan) {
        if (yuan == null || yuan.length() > 20) {
            return -1;
        }
        try {
            return new BigDecimal(yuan.trim()).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return -1;
        }
    }
}
