package org.onecard.terminal.iso8583;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onecard.terminal.iso8583.Vectors.hex;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every kind of malformed message is an IsoFormatException naming the field, offset and reason. */
class IsoDecodeRefusalTests {

    private final IsoCodec codec = IsoCodec.iso87Binary();

    @Test
    void refusesATruncatedField() {
        byte[] cut = Arrays.copyOf(Vectors.SIGN_ON, Vectors.SIGN_ON.length - 1);
        assertRefused(cut, 60, 38, FormatError.TRUNCATED);
        assertRefused(Arrays.copyOf(Vectors.SIGN_ON, 37), 60, 36, FormatError.TRUNCATED);
        assertRefused(Arrays.copyOf(Vectors.PURCHASE, 12), 2, 11, FormatError.TRUNCATED);
    }

    @Test
    void refusesALengthPrefixAboveTheFieldMaximum() {
        assertRefused(patch(Vectors.PURCHASE, 10, 0x20), 2, 10, FormatError.LENGTH_ABOVE_MAX);
        assertRefused(patch(patch(Vectors.PURCHASE_REPLY, 70, 0x01), 71, 0x21), 54, 70, FormatError.LENGTH_ABOVE_MAX);
    }

    @Test
    void refusesANonDigitInANumericField() {
        assertRefused(patch(Vectors.PURCHASE, 21, 0x0A), 3, 21, FormatError.NOT_NUMERIC);
        assertRefused(patch(Vectors.PURCHASE, 11, 0x6F), 2, 11, FormatError.NOT_NUMERIC);
    }

    @Test
    void refusesABadBcdNibbleInAPadOrALengthPrefix() {
        assertRefused(patch(Vectors.PURCHASE, 20, 0x15), 2, 20, FormatError.BAD_BCD_NIBBLE);
        assertRefused(patch(Vectors.PURCHASE, 10, 0x1A), 2, 10, FormatError.BAD_BCD_NIBBLE);
        assertRefused(patch(Vectors.SECONDARY, 34, 0x10), 70, 34, FormatError.BAD_BCD_NIBBLE);
    }

    @Test
    void refusesNonPrintableTextAndABadAmountSign() {
        assertRefused(patch(Vectors.SIGN_ON, 13, 0x00), 41, 13, FormatError.NOT_PRINTABLE);
        assertRefused(patch(Vectors.SIGN_ON, 13, 0xC4), 41, 13, FormatError.NOT_PRINTABLE);
        byte[] fee = hex("0100", "0000001000000000", "5800000150");
        assertRefused(fee, 28, 10, FormatError.BAD_AMOUNT_SIGN);
    }

    @Test
    void refusesBit1WithoutASecondaryBitmap() {
        assertRefused(hex("0800", "8000000000000000", "00000000"), IsoFormatException.BITMAP, 10,
                FormatError.MISSING_SECONDARY_BITMAP);
        assertRefused(Arrays.copyOf(Vectors.SECONDARY, 17), IsoFormatException.BITMAP, 10,
                FormatError.MISSING_SECONDARY_BITMAP);
    }

    @Test
    void refusesATruncatedPrimaryBitmap() {
        assertRefused(hex("0800", "00200000"), IsoFormatException.BITMAP, 2, FormatError.TRUNCATED);
    }

    @Test
    void refusesAFieldTheTableDoesNotDefine() {
        IsoCodec narrow = new IsoCodec(FieldTable.iso87Binary().without(60));
        assertThatThrownBy(() -> narrow.decode(Vectors.SIGN_ON)).isInstanceOfSatisfying(IsoFormatException.class, e -> {
            assertThat(e.field()).isEqualTo(60);
            assertThat(e.offset()).isEqualTo(36);
            assertThat(e.reason()).isEqualTo(FormatError.UNDEFINED_FIELD);
        });
    }

    @Test
    void refusesTrailingBytes() {
        byte[] longer = Arrays.copyOf(Vectors.SIGN_ON, Vectors.SIGN_ON.length + 1);
        assertRefused(longer, IsoFormatException.NO_FIELD, 41, FormatError.TRAILING_BYTES);
    }

    @Test
    void refusesAnMtiThatIsNotFourBcdDigits() {
        assertRefused(patch(Vectors.SIGN_ON, 1, 0xA0), IsoFormatException.MTI, 1, FormatError.BAD_MTI);
        assertRefused(patch(Vectors.SIGN_ON, 0, 0xF8), IsoFormatException.MTI, 0, FormatError.BAD_MTI);
        assertRefused(new byte[] {0x08}, IsoFormatException.MTI, 0, FormatError.TRUNCATED);
        assertRefused(new byte[0], IsoFormatException.MTI, 0, FormatError.TRUNCATED);
    }

    private void assertRefused(byte[] bytes, int field, int offset, FormatError reason) {
        assertThatThrownBy(() -> codec.decode(bytes)).isInstanceOfSatisfying(IsoFormatException.class, e -> {
            assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
            assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
            assertThat(e.offset()).as(e.getMessage()).isEqualTo(offset);
        });
    }

    private static byte[] patch(byte[] bytes, int offset, int value) {
        byte[] copy = bytes.clone();
        copy[offset] = (byte) value;
        return copy;
    }
}
