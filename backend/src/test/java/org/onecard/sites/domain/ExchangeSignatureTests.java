package org.onecard.sites.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The signature covers path, site, time and every body byte, and ages out. */
class ExchangeSignatureTests {

    private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes!";
    private static final byte[] BODY = "{\"records\":[]}".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");
    private static final String TIME = Long.toString(NOW.getEpochSecond());
    private static final String UP = "/api/site-exchange/up";

    private static String signed() {
        return ExchangeSignature.sign(SECRET, UP, "A", NOW.getEpochSecond(), BODY);
    }

    @Test
    void acceptsItsOwnSignatureInEitherCase() {
        assertThat(ExchangeSignature.verify(SECRET, UP, "A", TIME, signed(), BODY, NOW)).isTrue();
        assertThat(ExchangeSignature.verify(SECRET, UP, "A", TIME, signed().toUpperCase(), BODY, NOW.plusSeconds(299)))
                .isTrue();
    }

    @Test
    void refusesAnyChangeToWhatWasSigned() {
        byte[] other = "{\"records\":[ ]}".getBytes(StandardCharsets.UTF_8);
        assertThat(ExchangeSignature.verify(SECRET, UP, "A", TIME, signed(), other, NOW)).isFalse();
        assertThat(ExchangeSignature.verify(SECRET, "/api/site-exchange/down", "A", TIME, signed(), BODY, NOW)).isFalse();
        assertThat(ExchangeSignature.verify(SECRET, UP, "B", TIME, signed(), BODY, NOW)).isFalse();
        assertThat(ExchangeSignature.verify(SECRET + "x", UP, "A", TIME, signed(), BODY, NOW)).isFalse();
        assertThat(ExchangeSignature.verify(SECRET, UP, "A", Long.toString(NOW.getEpochSecond() + 1), signed(), BODY, NOW))
                .isFalse();
    }

    @Test
    void refusesOldFutureMissingAndMalformedTimes() {
        assertThat(ExchangeSignature.verify(SECRET, UP, "A", TIME, signed(), BODY, NOW.plusSeconds(301))).isFalse();
        assertThat(ExchangeSignature.verify(SECRET, UP, "A", TIME, signed(), BODY, NOW.minusSeconds(301))).isFalse();
        assertThat(ExchangeSignature.verify(SECRET, UP, "A", null, signed(), BODY, NOW)).isFalse();
        assertThat(ExchangeSignature.verify(SECRET, UP, "A", "12e4", signed(), BODY, NOW)).isFalse();
        assertThat(ExchangeSignature.verify(SECRET, UP, "A", TIME, null, BODY, NOW)).isFalse();
    }
}
