package org.onecard.payments.domain;

import java.security.SecureRandom;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Our numbers at the gateways (out_trade_no, out_refund_no): a prefix, the local time to the
 * second and 8 random digits, 22 characters of letters and digits as both gateways accept.
 */
public final class TradeNumbers {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TradeNumbers() {
    }

    public static String next(String prefix, ZonedDateTime now) {
        return prefix + TIME.format(now) + String.format("%08d", RANDOM.nextInt(100_000_000));
    }
}
