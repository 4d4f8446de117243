package org.onecard.terminal.iso8583;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onecard.terminal.iso8583.Vectors.hex;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.iso8583.FieldSpec.Length;
import org.onecard.terminal.iso8583.FieldSpec.Type;

class IsoCodecTests {

    private final IsoCodec codec = IsoCodec.iso87Binary();

    @Test
    void fixedNumericsPadOddLengthsOnTheLeft() throws IsoFormatException {
        assertFieldBytes(IsoMessage.builder("0100").set(19, "156").set(27, "6").build(), "0156" + "06");
        assertRoundTrip(IsoMessage.builder("0100").set(4, "999999999999").set(90, "1".repeat(42)).build());
    }

    @Test
    void variableNumericsCarryDigitCountsAndPadOddLengthsOnTheRight() throws IsoFormatException {
        assertFieldBytes(IsoMessage.builder("0100").set(32, "123").set(33, "1234").build(), "03" + "1230" + "04" + "1234");
        assertRoundTrip(IsoMessage.builder("0100").set(2, "").set(35, "1".repeat(37)).build());
    }

    @Test
    void textFieldsAreAsciiWithByteCounts() throws IsoFormatException {
        assertFieldBytes(IsoMessage.builder("0100").set(44, "A b").build(), "03" + "412062");
        assertFieldBytes(IsoMessage.builder("0100").set(48, "").build(), "0000");
        assertRoundTrip(IsoMessage.builder("0100").set(43, "~".repeat(40)).set(48, "x".repeat(999))
                .set(54, "1002156C000000000000").build());
    }

    @Test
    void binaryFieldsAreRawBytes() throws IsoFormatException {
        byte[] pin = {0, 1, (byte) 0x80, (byte) 0xFF, 0x7F, 0x30, 0x0A, 0x0D};
        assertFieldBytes(IsoMessage.builder("0100").set(52, pin).build(), "000180ff7f300a0d");
        assertRoundTrip(IsoMessage.builder("0100").set(52, pin).set(65, new byte[] {9}).set(96, new byte[16]).build());
    }

    @Test
    void variableBinaryFieldsCarryByteCounts() throws IsoFormatException {
        IsoCodec custom = new IsoCodec(FieldTable.iso87Binary()
                .with(new FieldSpec(62, Type.BINARY, Length.LLL, 512, "keys"))
                .with(new FieldSpec(63, Type.BINARY, Length.LL, 20, "tag")));
        IsoMessage message = IsoMessage.builder("0800").set(62, new byte[] {1, 2, 3}).set(63, new byte[0]).build();

        assertThat(hex(custom.encode(message))).endsWith("0003" + "010203" + "00");
        assertThat(custom.decode(custom.encode(message))).isEqualTo(message);
    }

    @Test
    void amountsAreSignCharacterThenBcdDigits() throws IsoFormatException {
        assertFieldBytes(IsoMessage.builder("0100").set(28, "D00000150").build(), "44" + "00000150");
        assertRoundTrip(IsoMessage.builder("0100").set(28, "C12345678").set(97, "D" + "9".repeat(16)).build());
    }

    @Test
    void aDecodedMessageIsImmutable() throws IsoFormatException {
        IsoMessage message = codec.decode(Vectors.PURCHASE);
        message.bytes(64)[0] = 0;

        assertThat(hex(message.bytes(64))).isEqualTo("0ebe43123b593446");
        assertThatThrownBy(() -> message.fieldNumbers().add(5)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(message.toString()).contains("2=***").doesNotContain("6201000012345678901");
    }

    @Test
    void refusesToBuildAnInvalidMtiOrFieldNumber() {
        assertThatThrownBy(() -> IsoMessage.builder("08A0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IsoMessage.builder("080")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IsoMessage.builder("0800").set(1, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IsoMessage.builder("0800").set(129, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToEncodeValuesThatDoNotFitTheirField() {
        assertEncodeRefused(b -> b.set(11, "12345"), 11, FormatError.WRONG_LENGTH);
        assertEncodeRefused(b -> b.set(11, "12345a"), 11, FormatError.NOT_NUMERIC);
        assertEncodeRefused(b -> b.set(2, "1".repeat(20)), 2, FormatError.LENGTH_ABOVE_MAX);
        assertEncodeRefused(b -> b.set(41, "终端00001"), 41, FormatError.NOT_PRINTABLE);
        assertEncodeRefused(b -> b.set(41, "T000000\n"), 41, FormatError.NOT_PRINTABLE);
        assertEncodeRefused(b -> b.set(52, "12345678"), 52, FormatError.WRONG_VALUE_TYPE);
        assertEncodeRefused(b -> b.set(41, new byte[8]), 41, FormatError.WRONG_VALUE_TYPE);
        assertEncodeRefused(b -> b.set(28, "X00000100"), 28, FormatError.BAD_AMOUNT_SIGN);
        assertEncodeRefused(b -> b.set(28, "C0000010x"), 28, FormatError.NOT_NUMERIC);
    }

    @Test
    void refusesToEncodeAFieldTheTableDoesNotDefine() {
        IsoCodec narrow = new IsoCodec(FieldTable.iso87Binary().without(60));

        assertThatThrownBy(() -> narrow.encode(Vectors.signOn())).isInstanceOf(IllegalArgumentException.class)
                .cause().isInstanceOfSatisfying(IsoFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo(FormatError.UNDEFINED_FIELD));
    }

    private void assertEncodeRefused(java.util.function.UnaryOperator<IsoMessage.Builder> change, int field,
            FormatError reason) {
        IsoMessage message = change.apply(IsoMessage.builder("0200")).build();
        assertThatThrownBy(() -> codec.encode(message)).isInstanceOf(IllegalArgumentException.class)
                .cause().isInstanceOfSatisfying(IsoFormatException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.reason()).isEqualTo(reason);
                });
    }

    /** The message's field bytes after MTI and bitmap. */
    private void assertFieldBytes(IsoMessage message, String fieldHex) throws IsoFormatException {
        byte[] encoded = codec.encode(message);
        int header = message.fieldNumbers().last() > 64 ? 18 : 10;
        assertThat(hex(Arrays.copyOfRange(encoded, header, encoded.length))).isEqualTo(fieldHex);
        assertThat(codec.decode(encoded)).isEqualTo(message);
    }

    private void assertRoundTrip(IsoMessage message) throws IsoFormatException {
        assertThat(codec.decode(codec.encode(message))).isEqualTo(message);
    }
}
