package org.onecard.terminal.iso8583;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onecard.terminal.iso8583.Vectors.hex;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MacsTests {

    private final IsoCodec codec = IsoCodec.iso87Binary();

    @Test
    void theMacIsTheFirstEightBytesOfHmacSha256OverTheBytesBeforeIt() {
        byte[] before = Arrays.copyOf(Vectors.PURCHASE, Vectors.PURCHASE.length - 8);

        assertThat(hex(Macs.compute(Vectors.KEY, before))).isEqualTo("0ebe43123b593446");
    }

    @Test
    void aChangedByteOrAnotherKeyIsAMismatch() {
        byte[] altered = Vectors.PURCHASE.clone();
        altered[28] = (byte) 0x99; // amount 12.50 → 99.50
        byte[] badMac = Vectors.PURCHASE.clone();
        badMac[badMac.length - 1] ^= 1;
        byte[] otherKey = Vectors.KEY.clone();
        otherKey[0] = 1;

        assertThat(Macs.verify(Vectors.KEY, altered)).isEqualTo(Macs.Check.MISMATCH);
        assertThat(Macs.verify(Vectors.KEY, badMac)).isEqualTo(Macs.Check.MISMATCH);
        assertThat(Macs.verify(otherKey, Vectors.PURCHASE)).isEqualTo(Macs.Check.MISMATCH);
    }

    @Test
    void aMessageWithoutAMacInLastPlaceHasItMissing() {
        byte[] unsigned = codec.encode(Vectors.purchaseWithoutMac());
        byte[] macNotLast = codec.encode(Vectors.purchaseWithoutMac().toBuilder().set(64, new byte[8])
                .set(88, "0".repeat(16)).build());

        assertThat(Macs.verify(Vectors.KEY, unsigned)).isEqualTo(Macs.Check.MISSING);
        assertThat(Macs.verify(Vectors.KEY, macNotLast)).isEqualTo(Macs.Check.MISSING);
        assertThat(Macs.verify(Vectors.KEY, new byte[3])).isEqualTo(Macs.Check.MISSING);
        assertThat(Macs.verify(Vectors.KEY, Vectors.SECONDARY)).isEqualTo(Macs.Check.MISSING);
    }

    @Test
    void withSecondaryFieldsTheMacGoesInField128() throws IsoFormatException {
        IsoMessage settlement = IsoMessage.builder("0500").set(11, "000200").set(41, "T0000001")
                .set(76, "0000000042").set(88, "0000000000052500").set(64, new byte[8]).build();

        byte[] signed = Macs.encodeWithMac(codec, settlement, Vectors.KEY);
        IsoMessage decoded = codec.decode(signed);

        assertThat(decoded.fieldNumbers()).containsExactly(11, 41, 76, 88, 128);
        assertThat(decoded.bytes(128)).isEqualTo(Arrays.copyOfRange(signed, signed.length - 8, signed.length));
        assertThat(decoded.bytes(128)).isEqualTo(Macs.compute(Vectors.KEY, Arrays.copyOf(signed, signed.length - 8)));
        assertThat(Macs.verify(Vectors.KEY, signed)).isEqualTo(Macs.Check.VALID);
    }

    @Test
    void signingReplacesAnExistingMac() {
        IsoMessage stale = Vectors.purchaseWithoutMac().toBuilder().set(64, new byte[] {1, 2, 3, 4, 5, 6, 7, 8}).build();

        assertThat(Macs.encodeWithMac(codec, stale, Vectors.KEY)).isEqualTo(Vectors.PURCHASE);
    }

    @Test
    void refusesAnEmptyKey() {
        assertThatThrownBy(() -> Macs.compute(new byte[0], Vectors.SIGN_ON)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Macs.verify(null, Vectors.PURCHASE)).isInstanceOf(IllegalArgumentException.class);
    }
}
