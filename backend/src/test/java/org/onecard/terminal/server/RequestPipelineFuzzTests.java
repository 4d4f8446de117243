package org.onecard.terminal.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.onecard.common.time.BusinessClock;
import org.onecard.common.time.CoreProperties;
import org.onecard.terminal.iso8583.Frame;
import org.onecard.terminal.iso8583.Frames;
import org.onecard.terminal.iso8583.IsoFormatException;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.iso8583.Macs;

/**
 * One frame body through the whole pipeline (TPDU, decode, header salvage, terminal and MAC checks,
 * sign-on and echo): whatever the body, the answer is a reply frame that decodes or a silent close,
 * never an error. The fuzzer may ask for the body's MAC to be made valid under the terminal's key
 * (it cannot forge HMAC-SHA256), so the checks behind the MAC are explored too.
 */
class RequestPipelineFuzzTests {

    private static final NetworkManagementHandler NETWORK = new NetworkManagementHandler(new BusinessClock(
            Clock.fixed(TerminalServerTests.NOW, ZoneOffset.UTC), new CoreProperties(Path.of("data"),
                    ZoneId.of("Asia/Shanghai"))), List.of());
    private static final StubDirectory DIRECTORY = new StubDirectory();

    @FuzzTest(maxDuration = "5m")
    void everyBodyGetsAReplyOrAClose(FuzzedDataProvider data) {
        boolean tpdu = data.consumeBoolean();
        boolean sign = data.consumeBoolean();
        byte[] body = data.consumeRemainingAsBytes();
        if (body.length == 0 || body.length > Frames.MAX_BODY_BYTES) {
            return; // the frame decoder never passes these on
        }
        Frames frames = Frames.of(tpdu);
        if (sign) {
            body = signed(frames, body);
        }
        RequestPipeline pipeline = new RequestPipeline(frames, DIRECTORY, List.of(NETWORK),
                new ConnectionLimits(10, 2), new Admission(4));
        Reply reply = pipeline.process(body, new TerminalSession(new InetSocketAddress("127.0.0.1", 4000)))
                .block(Duration.ofSeconds(10));
        assertThat(reply).isNotNull();
        if (reply.frame() != null) {
            assertThat(replyMessage(frames, reply.frame()).has(39)).isTrue();
        } else {
            assertThat(reply.close()).isTrue();
        }
    }

    /** The body with its MAC made valid under the key of the terminal its field 41 names, when it decodes. */
    private static byte[] signed(Frames frames, byte[] body) {
        try {
            Frame frame = frames.split(body);
            IsoMessage message = TestTerminal.CODEC.decode(frame.message());
            String code = message.has(41) ? message.text(41) : null;
            var auth = code == null ? null : DIRECTORY.byCode(code).block();
            if (auth == null) {
                return body;
            }
            byte[] mac = Macs.encodeWithMac(TestTerminal.CODEC, message, auth.macKey());
            if (mac.length + body.length - frame.message().length > Frames.MAX_BODY_BYTES) {
                return body;
            }
            byte[] out = frames.write(new Frame(frame.tpdu(), mac));
            return Arrays.copyOfRange(out, Frames.LENGTH_BYTES, out.length);
        } catch (IsoFormatException e) {
            return body;
        }
    }

    private static IsoMessage replyMessage(Frames frames, byte[] frame) {
        try {
            return TestTerminal.CODEC.decode(frames.read(frame).message());
        } catch (IsoFormatException e) {
            throw new AssertionError("the server sent a frame it cannot read itself", e);
        }
    }
}
