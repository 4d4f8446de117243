package org.onecard.terminal.iso8583;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onecard.terminal.iso8583.Vectors.hex;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FramesTests {

    private final Frames plain = Frames.of(false);
    private final Frames withTpdu = Frames.of(true);

    @Test
    void aPlainFrameIsTheBodyLengthThenTheMessage() throws IsoFormatException {
        byte[] frame = plain.write(new Frame(Optional.empty(), Vectors.SIGN_ON));

        assertThat(hex(frame)).isEqualTo("0029" + hex(Vectors.SIGN_ON));
        Frame read = plain.read(frame);
        assertThat(read.tpdu()).isEmpty();
        assertThat(read.message()).isEqualTo(Vectors.SIGN_ON);
    }

    @Test
    void withTpduTheHeaderPrecedesTheMessageAndTheReplySwapsItsAddresses() throws IsoFormatException {
        byte[] request = hex("002e", "6000010000", hex(Vectors.SIGN_ON)); // 46 = 5 TPDU + 41 message bytes

        Frame read = withTpdu.read(request);
        assertThat(read.tpdu()).contains(new Tpdu(0x0001, 0x0000));
        assertThat(read.message()).isEqualTo(Vectors.SIGN_ON);

        byte[] reply = withTpdu.write(read.reply(Vectors.SECONDARY));
        assertThat(hex(reply)).isEqualTo("0029" + "6000000001" + hex(Vectors.SECONDARY)); // 41 = 5 + 36
    }

    @Test
    void theSwitchDecidesWhetherTheFirstFiveBytesAreATpdu() throws IsoFormatException {
        byte[] request = hex("002e", "6000010000", hex(Vectors.SIGN_ON));

        Frame read = plain.read(request);
        assertThat(read.tpdu()).isEmpty();
        assertThat(hex(read.message())).startsWith("6000010000");
        assertThatThrownBy(() -> withTpdu.read(plain.write(new Frame(Optional.empty(), Vectors.SIGN_ON))))
                .isInstanceOfSatisfying(IsoFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo(FormatError.BAD_TPDU));
    }

    @Test
    void refusesAMissingOrShortTpdu() {
        assertRefused(() -> withTpdu.split(hex("6000")), FormatError.BAD_TPDU);
        assertRefused(() -> withTpdu.split(hex("6100010000", hex(Vectors.SIGN_ON))), FormatError.BAD_TPDU);
    }

    @Test
    void refusesLengthPrefixesOfZeroOrAboveTheMaximum() throws IsoFormatException {
        assertThat(Frames.bodyLength((byte) 0x10, (byte) 0x00)).isEqualTo(Frames.MAX_BODY_BYTES);
        assertThat(Frames.bodyLength((byte) 0x00, (byte) 0x01)).isEqualTo(1);
        assertRefused(() -> Frames.bodyLength((byte) 0x10, (byte) 0x01), FormatError.BAD_FRAME_LENGTH);
        assertRefused(() -> Frames.bodyLength((byte) 0xFF, (byte) 0xFF), FormatError.BAD_FRAME_LENGTH);
        assertRefused(() -> Frames.bodyLength((byte) 0, (byte) 0), FormatError.BAD_FRAME_LENGTH);
        assertRefused(() -> plain.split(new byte[Frames.MAX_BODY_BYTES + 1]), FormatError.BAD_FRAME_LENGTH);
    }

    @Test
    void refusesAFrameWhoseBodyDisagreesWithItsPrefix() {
        byte[] frame = plain.write(new Frame(Optional.empty(), Vectors.SIGN_ON));

        assertRefused(() -> plain.read(Arrays.copyOf(frame, frame.length - 1)), FormatError.FRAME_LENGTH_MISMATCH);
        assertRefused(() -> plain.read(Arrays.copyOf(frame, frame.length + 1)), FormatError.FRAME_LENGTH_MISMATCH);
        assertRefused(() -> plain.read(new byte[] {0x00}), FormatError.TRUNCATED);
    }

    @Test
    void refusesToWriteAnOversizedFrameOrOneThatBreaksTheTpduSwitch() {
        Frame big = new Frame(Optional.empty(), new byte[Frames.MAX_BODY_BYTES + 1]);
        Frame withHeader = new Frame(Optional.of(new Tpdu(1, 2)), Vectors.SIGN_ON);

        assertThatThrownBy(() -> plain.write(big)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.write(withHeader)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> withTpdu.write(new Frame(Optional.empty(), Vectors.SIGN_ON)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(plain.write(new Frame(Optional.empty(), new byte[Frames.MAX_BODY_BYTES]))).hasSize(4098);
    }

    private interface Action {
        void run() throws IsoFormatException;
    }

    private static void assertRefused(Action action, FormatError reason) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(IsoFormatException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
