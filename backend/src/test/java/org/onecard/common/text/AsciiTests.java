package org.onecard.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsciiTests {

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
