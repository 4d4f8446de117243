package org.onecard.terminal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecard.common.time.BusinessClock;
import org.onecard.common.time.CoreProperties;
import org.onecard.terminal.iso8583.Frames;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.iso8583.Macs;
import reactor.core.publisher.Mono;

/** The pipeline without a socket: TPDU links, header salvage, handler failures. */
class RequestPipelineTests {

    private final NetworkManagementHandler network = new NetworkManagementHandler(new BusinessClock(
            Clock.fixed(TerminalServerTests.NOW, ZoneOffset.UTC), new CoreProperties(Path.of("data"), ZoneId.of("Asia/Shanghai"))), List.of());
    private final TerminalSession session = new TerminalSession(new InetSocketAddress("127.0.0.1", 4000));

    private RequestPipeline pipeline(boolean tpdu, MessageHandler... more) {
        List<MessageHandler> handlers = new java.util.ArrayList<>(List.of(more));
        handlers.add(network);
        return new RequestPipeline(Frames.of(tpdu), new StubDirectory(), handlers, new ConnectionLimits(10, 2), new Admission(4));
    }

    @Test
    void aTpduLinkAnswersWithTheAddressesSwapped() {
        byte[] message = Arrays.copyOfRange(HexFormat.of().parseHex(ProtocolVectors.SIGN_ON_FRAME), 2, 49);
        byte[] body = concat(HexFormat.of().parseHex("6000010002"), message);
        Reply reply = pipeline(true).process(body, session).block();
        assertThat(reply.close()).isFalse();
        String expected = ProtocolVectors.SIGN_ON_REPLY_FRAME.substring(4);
        assertThat(HexFormat.of().formatHex(reply.frame())).isEqualTo("0033" + "6000020001" + expected);
    }

    @Test
    void aTpduLinkClosesOnAFrameWithoutTpdu() {
        byte[] message = Arrays.copyOfRange(HexFormat.of().parseHex(ProtocolVectors.SIGN_ON_FRAME), 2, 49);
        assertThat(pipeline(true).process(message, session).block()).isEqualTo(Reply.closeSilently());
    }

    @Test
    void aFormatErrorWithASecondaryBitmapStillFindsField41() throws Exception {
        byte[] message = Arrays.copyOfRange(HexFormat.of().parseHex(ProtocolVectors.SIGN_ON_FRAME), 2, 49);
        byte[] broken = Arrays.copyOf(message, message.length - 3); // MAC cut short
        IsoMessage reply = decode(pipeline(false).process(broken, session).block());
        assertThat(reply).isEqualTo(IsoMessage.builder("0810").set(11, "000001").set(39, "30").set(41, StubDirectory.T1).build());
    }

    @Test
    void aResponseMtiFromATerminalClosesTheConnection() {
        byte[] reply = Arrays.copyOfRange(HexFormat.of().parseHex(ProtocolVectors.SIGN_ON_REPLY_FRAME), 2, 48);
        assertThat(pipeline(false).process(reply, session).block()).isEqualTo(Reply.closeSilently());
    }

    @Test
    void aFailingHandlerGives96AndTheConnectionStays() throws Exception {
        MessageHandler failing = new MessageHandler() {
            @Override
            public boolean handles(String mti) {
                return "0200".equals(mti);
            }

            @Override
            public Mono<IsoMessage> handle(IsoMessage request, TerminalSession s) {
                return Mono.error(new IllegalStateException("boom"));
            }
        };
        IsoMessage purchase = IsoMessage.builder("0200").set(11, "000009").set(41, StubDirectory.T1).build();
        byte[] body = Macs.encodeWithMac(TestTerminal.CODEC, purchase, StubDirectory.KEY1);
        Reply reply = pipeline(false, failing).process(body, session).block();
        assertThat(reply.close()).isFalse();
        assertThat(decode(reply).text(39)).isEqualTo("96");
    }

    @Test
    void aMissingField41IsAFormatError() throws Exception {
        byte[] body = TestTerminal.CODEC.encode(IsoMessage.builder("0800").set(11, "000001").set(70, "301").build());
        Reply reply = pipeline(false).process(body, session).block();
        assertThat(reply.close()).isFalse();
        assertThat(decode(reply).text(39)).isEqualTo("30");
    }

    @Test
    void responseCodesMapToTheCatalogueWhereItHasAnEntry() {
        assertThat(ResponseCodes.resultCode("30")).contains(org.onecard.common.error.ResultCode.MALFORMED_REQUEST);
        assertThat(ResponseCodes.resultCode("63").map(org.onecard.common.error.ResultCode::isoResponse)).contains("63");
        assertThat(ResponseCodes.resultCode("58").map(org.onecard.common.error.ResultCode::isoResponse)).contains("58");
        assertThat(ResponseCodes.resultCode("03")).isEmpty();
    }

    private static IsoMessage decode(Reply reply) throws Exception {
        return TestTerminal.CODEC.decode(Arrays.copyOfRange(reply.frame(), 2, reply.frame().length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
