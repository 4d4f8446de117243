package org.onecard.terminal.iso8583;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.terminal.iso8583.Vectors.hex;

import org.junit.jupiter.api.Test;

/** The hand-checked hex frames of {@link Vectors} against the encoder, the decoder and the MAC. */
class IsoVectorsTests {

    private final IsoCodec codec = IsoCodec.iso87Binary();

    @Test
    void signOnEncodesToTheHandCheckedBytesAndBack() throws IsoFormatException {
        assertThat(hex(codec.encode(Vectors.signOn()))).isEqualTo(hex(Vectors.SIGN_ON));
        assertThat(codec.decode(Vectors.SIGN_ON)).isEqualTo(Vectors.signOn());
        assertThat(Vectors.SIGN_ON).hasSize(41);
    }

    @Test
    void purchaseWithItsMacMatchesTheVector() throws IsoFormatException {
        byte[] encoded = Macs.encodeWithMac(codec, Vectors.purchaseWithoutMac(), Vectors.KEY);

        assertThat(hex(encoded)).isEqualTo(hex(Vectors.PURCHASE));
        IsoMessage decoded = codec.decode(Vectors.PURCHASE);
        assertThat(decoded.text(2)).isEqualTo("6201000012345678901");
        assertThat(decoded.text(4)).isEqualTo("000000001250");
        assertThat(hex(decoded.bytes(64))).isEqualTo("0ebe43123b593446");
        assertThat(decoded.toBuilder().remove(64).build()).isEqualTo(Vectors.purchaseWithoutMac());
        assertThat(Macs.verify(Vectors.KEY, Vectors.PURCHASE)).isEqualTo(Macs.Check.VALID);
    }

    @Test
    void purchaseReplyWithItsMacMatchesTheVector() throws IsoFormatException {
        byte[] encoded = Macs.encodeWithMac(codec, Vectors.purchaseReplyWithoutMac(), Vectors.KEY);

        assertThat(hex(encoded)).isEqualTo(hex(Vectors.PURCHASE_REPLY));
        IsoMessage decoded = codec.decode(Vectors.PURCHASE_REPLY);
        assertThat(decoded.fieldNumbers()).containsExactly(3, 4, 11, 12, 13, 37, 38, 39, 41, 42, 54, 64);
        assertThat(decoded.text(39)).isEqualTo("00");
        assertThat(decoded.text(54)).isEqualTo("1002156C000000008750");
        assertThat(Macs.verify(Vectors.KEY, Vectors.PURCHASE_REPLY)).isEqualTo(Macs.Check.VALID);
    }

    @Test
    void secondaryBitmapMessageMatchesTheVector() throws IsoFormatException {
        assertThat(hex(codec.encode(Vectors.secondary()))).isEqualTo(hex(Vectors.SECONDARY));
        assertThat(codec.decode(Vectors.SECONDARY)).isEqualTo(Vectors.secondary());
    }

    @Test
    void messagesWithoutFieldsAbove64HaveNoSecondaryBitmap() {
        byte[] encoded = codec.encode(IsoMessage.builder("0800").set(64, new byte[8]).build());

        assertThat(hex(encoded)).isEqualTo("0800" + "0000000000000001" + "0000000000000000");
    }
}
