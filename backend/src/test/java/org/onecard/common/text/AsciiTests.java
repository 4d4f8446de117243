package org.onecard.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsciiTests {

    @Test
    void zeroPaddedIsWhatStringFormatGivesForEveryWidthAndSign() {
        long[] values = {0, 7, 42, 123_456, 999_999_999_999L, -1, -42, -123_456, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long value : values) {
            for (int width = 1; width <= 21; width++) {
                assertThat(Ascii.zeroPadded(value, width)).as("%d in %d", value, width)
                        .isEqualTo(String.format("%0" + width + "d", value));
            }
        }
        assertThat(Ascii.zeroPadded(42, 6)).isEqualTo("000042");
        assertThat(Ascii.zeroPadded(1_234_567, 3)).as("never cut").isEqualTo("1234567");
        assertThat(Ascii.zeroPadded(-5, 4)).isEqualTo("-005");
    }

    @Test
    void digitsAreZeroToNineOnlyWithinTheLengths() {
        assertThat(Ascii.digits("000123", 6, 6)).isTrue();
        assertThat(Ascii.digits("1", 1, 12)).isTrue();
        assertThat(Ascii.digits("", 1, 12)).isFalse();
        assertThat(Ascii.digits("0001234", 6, 6)).isFalse();
        assertThat(Ascii.digits("00012a", 6, 6)).isFalse();
        assertThat(Ascii.digits("00012 ", 6, 6)).isFalse();
        assertThat(Ascii.digits("٠٠٠١٢٣", 6, 6)).as("Arabic-Indic digits are not ASCII").isFalse();
        assertThat(Ascii.digits(null, 0, 6)).isFalse();
    }

    @Test
    void lowerHexIsExactlyItsLengthOfZeroToNineAndAToF() {
        String hash = "0123456789abcdef".repeat(4);
        assertThat(Ascii.lowerHex(hash, 64)).isTrue();
        assertThat(Ascii.lowerHex(hash.toUpperCase(), 64)).isFalse();
        assertThat(Ascii.lowerHex(hash.substring(1), 64)).isFalse();
        assertThat(Ascii.lowerHex(hash.substring(1) + "g", 64)).isFalse();
        assertThat(Ascii.lowerHex(hash.substring(1) + "'", 64)).isFalse();
        assertThat(Ascii.lowerHex(null, 64)).isFalse();
    }

    @Test
    void upperLettersAreAToZOnly() {
        assertThat(Ascii.upperLetters("BOOKED", 1, 16)).isTrue();
        assertThat(Ascii.upperLetters("Booked", 1, 16)).isFalse();
        assertThat(Ascii.upperLetters("BOOKED'", 1, 16)).isFalse();
        assertThat(Ascii.upperLetters("", 1, 16)).isFalse();
        assertThat(Ascii.upperLetters("A".repeat(17), 1, 16)).isFalse();
    }
}
