package org.onecard.terminal.iso8583;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided: any bytes decode to a message that encodes back to the same message, or are
 * refused with an {@link IsoFormatException} naming a reason and an offset inside the input; the
 * frame reader and the MAC check take any bytes too. {@link IsoFuzzTests} is the seeded random
 * version; this one keeps what the fuzzer found in IsoCodecFuzzTestsInputs.
 */
class IsoCodecFuzzTests {

    private static final IsoCodec CODEC = IsoCodec.iso87Binary();

    @FuzzTest(maxDuration = "5m")
    void decodesOrRefusesWithAFormatError(byte[] bytes) {
        Macs.verify(Vectors.KEY, bytes);
        for (boolean tpdu : new boolean[] {false, true}) {
            try {
                Frame frame = Frames.of(tpdu).read(bytes);
                assertThat(frame.message().length + (tpdu ? Tpdu.BYTES : 0)).isEqualTo(bytes.length - Frames.LENGTH_BYTES);
            } catch (IsoFormatException e) {
                assertThat(e.reason()).isNotNull();
            }
        }
        try {
            IsoMessage message = CODEC.decode(bytes);
            assertThat(CODEC.decode(CODEC.encode(message))).isEqualTo(message);
        } catch (IsoFormatException e) {
            assertThat(e.reason()).isNotNull();
            assertThat(e.offset()).isBetween(0, bytes.length);
        }
    }
}
