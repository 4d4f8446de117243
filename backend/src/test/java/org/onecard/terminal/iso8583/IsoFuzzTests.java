package org.onecard.terminal.iso8583;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated input must end in a decoded message or an IsoFormatException, never another
 * exception; whatever decodes must encode and decode to the same message. Fixed seed: repeatable.
 */
class IsoFuzzTests {

    private static final List<byte[]> SEEDS = List.of(Vectors.SIGN_ON, Vectors.PURCHASE, Vectors.PURCHASE_REPLY,
            Vectors.SECONDARY);

    private final IsoCodec codec = IsoCodec.iso87Binary();
    private final Random random = new Random(8583);
    private int decoded;
    private int refused;

    @Test
    void randomBytesAreDecodedOrRefusedCleanly() {
        for (int i = 0; i < 5000; i++) {
            byte[] bytes = new byte[random.nextInt(120)];
            random.nextBytes(bytes);
            if (bytes.length > 2 && random.nextBoolean()) {
                bytes[0] = 0x02; // a plausible MTI so the bitmap and fields get exercised
                bytes[1] = 0x00;
            }
            check(bytes);
        }
        assertThat(refused).isGreaterThan(4000);
    }

    @Test
    void mutatedValidMessagesAreDecodedOrRefusedCleanly() {
        for (int i = 0; i < 20000; i++) {
            byte[] bytes = SEEDS.get(random.nextInt(SEEDS.size()));
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                bytes = mutate(bytes);
            }
            check(bytes);
        }
        assertThat(decoded).isGreaterThan(100);
        assertThat(refused).isGreaterThan(1000);
    }

    private void check(byte[] bytes) {
        Macs.verify(Vectors.KEY, bytes);
        frames(bytes);
        try {
            IsoMessage message = codec.decode(bytes);
            decoded++;
            assertThat(codec.decode(codec.encode(message))).isEqualTo(message);
        } catch (IsoFormatException e) {
            refused++;
            assertThat(e.reason()).isNotNull();
            assertThat(e.offset()).isBetween(0, bytes.length);
        }
    }

    private static void frames(byte[] bytes) {
        for (boolean tpdu : new boolean[] {false, true}) {
            try {
                Frames.of(tpdu).read(bytes);
            } catch (IsoFormatException expected) {
                assertThat(expected.reason()).isNotNull();
            }
        }
    }

    private byte[] mutate(byte[] bytes) {
        byte[] out = bytes.clone();
        int at = out.length == 0 ? 0 : random.nextInt(out.length);
        switch (random.nextInt(6)) {
            case 0 -> { if (out.length > 0) out[at] ^= (byte) (1 << random.nextInt(8)); }
            case 1 -> { if (out.length > 0) out[at] = (byte) random.nextInt(256); }
            case 2 -> out = Arrays.copyOf(out, at);
            case 3 -> out = insert(out, at, (byte) random.nextInt(256));
            case 4 -> { if (out.length > 10) out[2 + random.nextInt(8)] ^= (byte) (1 << random.nextInt(8)); }
            default -> out = Arrays.copyOf(out, out.length + 1 + random.nextInt(20));
        }
        return out;
    }

    private static byte[] insert(byte[] bytes, int at, byte value) {
        byte[] out = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, out, 0, at);
        out[at] = value;
        System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
        return out;
    }
}
