package org.onecard.common.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardSerialsTests {

    @Test
    void normalisingDropsWhitespaceAndUpperCases() {
        assertThat(CardSerials.normalize(" op000001\n")).isEqualTo("OP000001");
        assertThat(CardSerials.normalize("04 a1 b2 c3")).isEqualTo("04A1B2C3");
        assertThat(CardSerials.normalize(null)).isEmpty();
    }

    @Test
    void nothingMatchesAMissingOrEmptySerial() {
        assertThat(CardSerials.matches(null, "")).isFalse();
        assertThat(CardSerials.matches("", "  ")).isFalse();
        assertThat(CardSerials.matches("OP000001", null)).isFalse();
    }

    @Test
    void aPrefixOrLongerSerialDoesNotMatch() {
        assertThat(CardSerials.matches("OP000001", "OP00000")).isFalse();
        assertThat(CardSerials.matches("OP000001", "OP0000011")).isFalse();
    }
}
