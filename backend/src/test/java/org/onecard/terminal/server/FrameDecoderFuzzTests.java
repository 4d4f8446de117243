package org.onecard.terminal.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The frame decoder against a model of the framing (protocol §3): any byte stream, cut into any
 * chunks, yields exactly the complete frames the model finds, the connection is closed at the first
 * bad length prefix, a frame left incomplete is closed by the read timeout, and every buffer is
 * released. The saved corpus (FrameDecoderFuzzTestsInputs) replays in `make test`; `make fuzz` explores.
 */
class FrameDecoderFuzzTests {

    /** Small, so that the fuzzer meets the limit often; the decoder does not depend on its size. */
    private static final int MAX_BODY_BYTES = 300;
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    @FuzzTest(maxDuration = "5m")
    void cutsTheStreamIntoFramesOrCloses(FuzzedDataProvider data) {
        int chunk = data.consumeInt(1, 64);
        byte[] stream = data.consumeRemainingAsBytes();
        Model expected = Model.of(stream);
        EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(MAX_BODY_BYTES, READ_TIMEOUT));
        List<ByteBuf> written = new ArrayList<>();
        for (int at = 0; at < stream.length && channel.isOpen(); at += chunk) {
            ByteBuf buf = Unpooled.copiedBuffer(stream, at, Math.min(chunk, stream.length - at));
            written.add(buf);
            channel.writeInbound(buf);
        }
        List<byte[]> bodies = new ArrayList<>();
        for (Object body = channel.readInbound(); body != null; body = channel.readInbound()) {
            bodies.add((byte[]) body);
        }
        assertThat(bodies).usingElementComparator(Arrays::compare).containsExactlyElementsOf(expected.bodies);
        assertThat(channel.isOpen()).isEqualTo(!expected.refused);
        if (channel.isOpen() && expected.pending) {
            channel.advanceTimeBy(READ_TIMEOUT.toMillis() + 1, TimeUnit.MILLISECONDS);
            channel.runScheduledPendingTasks();
            assertThat(channel.isOpen()).as("an incomplete frame is closed by the read timeout").isFalse();
        }
        channel.finishAndReleaseAll();
        assertThat(written).allMatch(buf -> buf.refCnt() == 0, "released");
    }

    /** What the framing rules say a stream holds. */
    private record Model(List<byte[]> bodies, boolean refused, boolean pending) {

        static Model of(byte[] stream) {
            List<byte[]> bodies = new ArrayList<>();
            int at = 0;
            while (stream.length - at >= 2) {
                int length = (stream[at] & 0xFF) << 8 | stream[at + 1] & 0xFF;
                if (length == 0 || length > MAX_BODY_BYTES) {
                    return new Model(bodies, true, false);
                }
                if (stream.length - at - 2 < length) {
                    break;
                }
                bodies.add(Arrays.copyOfRange(stream, at + 2, at + 2 + length));
                at += 2 + length;
            }
            return new Model(bodies, false, at < stream.length);
        }
    }
}
