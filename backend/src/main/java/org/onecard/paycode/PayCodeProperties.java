package org.onecard.paycode;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cardholder's personal pay code (README "Pay code").
 *
 * @param ttl    how long a code is accepted after it is issued (the page refreshes it before)
 * @param secret HMAC key the codes are signed with, at least 32 bytes of UTF-8; every server
 *               instance needs the same one. Blank: a random key per start (live codes then die
 *               with a restart, which a 60-second code barely notices)
 */
@ConfigurationProperties("onecard.pay-codes")
public record PayCodeProperties(@DefaultValue("60s") Duration ttl, String secret) {

    public static final int MIN_SECRET_BYTES = 32;

    public PayCodeProperties {
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("onecard.pay-codes.ttl must be above 0 and at most 10 minutes");
        }
    }
}
