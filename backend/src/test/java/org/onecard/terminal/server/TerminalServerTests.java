package org.onecard.terminal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.terminal.server.StubDirectory.DISABLED;
import static org.onecard.terminal.server.StubDirectory.KEY1;
import static org.onecard.terminal.server.StubDirectory.T1;
import static org.onecard.terminal.server.StubDirectory.UNKNOWN;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onecard.common.time.BusinessClock;
import org.onecard.common.time.CoreProperties;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.TerminalDirectory;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.iso8583.Macs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** The terminal server on a real socket, in a Spring context without a database. */
@SpringJUnitConfig(TerminalServerTests.Config.class)
@TestPropertySource(properties = {
    "onecard.terminal.port=0",
    "onecard.terminal.read-timeout=300ms",
    "onecard.terminal.idle-timeout=20s",
    "onecard.terminal.max-connections-per-terminal=2",
    "onecard.terminal.max-in-flight=4"})
class TerminalServerTests {

    /** 2026-03-15 12:30:45 in Shanghai. */
    static final Instant NOW = Instant.parse("2026-03-15T04:30:45Z");

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties({TerminalServerProperties.class, CoreProperties.class})
    @Import({TerminalServer.class, NetworkManagementHandler.class, BusinessClock.class})
    static class Config {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        @Primary
        TerminalDirectory stubDirectory() {
            return new StubDirectory();
        }
    }

    @Autowired
    TerminalServer server;

    static {
        LeakWatch.start();
    }

    static IsoMessage signOn(String code, String trace, String serial) {
        return IsoMessage.builder("0800").set(11, trace).set(41, code).set(63, serial).set(70, "001").build();
    }

    static IsoMessage echo(String code, String trace) {
        return IsoMessage.builder("0800").set(11, trace).set(41, code).set(70, "301").build();
    }

    static String code(int machine) {
        return TerminalAuth.codeOf(machine);
    }

    TestTerminal connect() throws IOException {
        return new TestTerminal(server.port());
    }

    @AfterEach
    void aGoodTerminalIsStillServed() throws IOException {
        try (TestTerminal t = connect()) { // machine 199 is used only here: no connection of a test counts against it
            assertThat(t.exchange(signOn(code(199), "000900", "SN0199"), StubDirectory.key(199)).text(39)).isEqualTo("00");
            assertThat(t.exchange(echo(code(199), "000901"), StubDirectory.key(199)).text(39)).isEqualTo("00");
        }
        LeakWatch.assertNoLeak();
    }

    @Test
    void signOnIsApprovedWithServerTimeAndMac() throws IOException {
        try (TestTerminal t = connect()) {
            t.send(signOn(T1, "000001", "SN0001"), KEY1);
            byte[] replyBytes = t.readMessage();
            assertThat(Macs.verify(KEY1, replyBytes)).isEqualTo(Macs.Check.VALID);
            IsoMessage reply = TestTerminal.CODEC.decode(replyBytes);
            assertThat(reply).isEqualTo(IsoMessage.builder("0810").set(11, "000001").set(12, "123045").set(13, "0315")
                    .set(39, "00").set(41, T1).set(70, "001").set(128, reply.bytes(128)).build());
            assertThat(t.exchange(echo(T1, "000002"), KEY1).text(39)).isEqualTo("00");
        } catch (org.onecard.terminal.iso8583.IsoFormatException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void signOnReplaysTheDocumentedVector() throws IOException {
        try (TestTerminal t = connect()) {
            t.send(HexFormat.of().parseHex(ProtocolVectors.SIGN_ON_FRAME));
            byte[] reply = t.readMessage();
            assertThat(HexFormat.of().formatHex(TestTerminal.frame(reply))).isEqualTo(ProtocolVectors.SIGN_ON_REPLY_FRAME);
        }
    }

    @Test
    void echoWithoutMacGetsAReplyWithoutMac() throws IOException {
        try (TestTerminal t = connect()) {
            t.exchange(signOn(T1, "000001", "SN0001"), KEY1);
            IsoMessage reply = t.exchange(echo(T1, "000002"), null);
            assertThat(reply.text(39)).isEqualTo("00");
            assertThat(reply.has(64) || reply.has(128)).isFalse();
        }
    }

    @Test
    void aMessageWithoutMacDoesNotBindAFreshConnection() throws IOException {
        try (TestTerminal t = connect()) {
            assertThat(t.exchange(echo(T1, "000001"), null).text(39)).isEqualTo("58");
            assertThat(t.exchange(echo(code(150), "000002"), null).text(39)).isEqualTo("58");
            assertThat(t.exchange(signOn(T1, "000003", "SN0001"), KEY1).text(39)).isEqualTo("00");
        }
    }

    @Test
    void wrongSerialIsRefusedAndClosed() throws IOException {
        try (TestTerminal t = connect()) {
            IsoMessage reply = t.exchange(signOn(T1, "000001", "SN9999"), KEY1);
            assertThat(reply.mti()).isEqualTo("0810");
            assertThat(reply.text(39)).isEqualTo("63");
            assertThat(t.closedByServer()).isTrue();
        }
    }

    @Test
    void wrongMacIsRefusedWithoutMacAndClosed() throws IOException {
        try (TestTerminal t = connect()) {
            IsoMessage reply = t.exchange(signOn(T1, "000001", "SN0001"), StubDirectory.key(150));
            assertThat(reply.text(39)).isEqualTo("63");
            assertThat(reply.has(128)).isFalse();
            assertThat(t.closedByServer()).isTrue();
        }
    }

    @Test
    void signOnWithoutMacIsRefused() throws IOException {
        try (TestTerminal t = connect()) {
            assertThat(t.exchange(signOn(T1, "000001", "SN0001"), null).text(39)).isEqualTo("63");
            assertThat(t.closedByServer()).isTrue();
        }
    }

    @Test
    void unknownTerminalIsRefusedAndClosed() throws IOException {
        try (TestTerminal t = connect()) {
            IsoMessage reply = t.exchange(signOn(UNKNOWN, "000001", "SN0999"), KEY1);
            assertThat(reply.text(39)).isEqualTo("03");
            assertThat(reply.text(41)).isEqualTo(UNKNOWN);
            assertThat(t.closedByServer()).isTrue();
        }
    }

    @Test
    void disabledTerminalIsRefusedAndClosed() throws IOException {
        try (TestTerminal t = connect()) {
            IsoMessage reply = t.exchange(signOn(DISABLED, "000001", "SN0002"), StubDirectory.key(2));
            assertThat(reply.text(39)).isEqualTo("58");
            assertThat(t.closedByServer()).isTrue();
        }
    }

    @Test
    void echoBeforeSignOnIsRefusedButTheConnectionStays() throws IOException {
        try (TestTerminal t = connect()) {
            assertThat(t.exchange(echo(T1, "000001"), KEY1).text(39)).isEqualTo("58");
            assertThat(t.exchange(signOn(T1, "000002", "SN0001"), KEY1).text(39)).isEqualTo("00");
            assertThat(t.exchange(echo(T1, "000003"), KEY1).text(39)).isEqualTo("00");
        }
    }

    @Test
    void anotherTerminalsIdOnABoundConnectionIsRefusedAndClosed() throws IOException {
        try (TestTerminal t = connect()) {
            t.exchange(signOn(T1, "000001", "SN0001"), KEY1);
            IsoMessage reply = t.exchange(echo(TerminalAuth.codeOf(150), "000002"), StubDirectory.key(150));
            assertThat(reply.text(39)).isEqualTo("58");
            assertThat(t.closedByServer()).isTrue();
        }
    }

    @Test
    void aMessageWithoutHandlerGetsInvalidTransaction() throws IOException {
        IsoMessage purchase = IsoMessage.builder("0200").set(3, "000000").set(4, "000000001250").set(11, "000005")
                .set(41, T1).build();
        try (TestTerminal t = connect()) {
            t.send(purchase, KEY1);
            byte[] replyBytes = t.readMessage();
            assertThat(Macs.verify(KEY1, replyBytes)).isEqualTo(Macs.Check.VALID);
            IsoMessage reply = TestTerminal.CODEC.decode(replyBytes);
            assertThat(reply.mti()).isEqualTo("0210");
            assertThat(reply.text(39)).isEqualTo("12");
            assertThat(reply.text(11)).isEqualTo("000005");
        } catch (org.onecard.terminal.iso8583.IsoFormatException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void truncatedFrameThenSilenceIsClosedAfterTheReadTimeout() throws IOException {
        byte[] whole = TestTerminal.frame(signOn(T1, "000001", "SN0001"), KEY1);
        try (TestTerminal t = connect()) {
            t.send(java.util.Arrays.copyOf(whole, whole.length - 5));
            assertThat(t.closedByServer()).isTrue();
        }
    }

    @Test
    void oversizedOrZeroLengthPrefixIsClosedUnread() throws IOException {
        for (String prefix : List.of("1001", "ffff", "0000")) {
            try (TestTerminal t = connect()) {
                t.send(HexFormat.of().parseHex(prefix + "08000000"));
                assertThat(t.closedByServer()).as(prefix).isTrue();
            }
        }
    }

    @Test
    void garbageBitmapIsClosed() throws IOException {
        for (String frame : List.of("000c" + "0800" + "ffffffffffffffff" + "0102",
                "000e" + "0800" + "4000000000800000" + "aa" + "112233")) {
            try (TestTerminal t = connect()) {
                t.send(HexFormat.of().parseHex(frame));
                assertThat(t.closedByServer()).as(frame).isTrue();
            }
        }
    }

    @Test
    void aBadFieldAfterField41GetsAFormatErrorReplyAndTheConnectionStays() throws IOException {
        byte[] good = TestTerminal.CODEC.encode(IsoMessage.builder("0800").set(11, "000007").set(41, T1)
                .set(63, "SN0001").build());
        byte[] bad = good.clone();
        bad[bad.length - 1] = 0x07; // a control character in field 63
        try (TestTerminal t = connect()) {
            t.send(TestTerminal.frame(bad));
            IsoMessage reply = t.read();
            assertThat(reply).isEqualTo(IsoMessage.builder("0810").set(11, "000007").set(39, "30").set(41, T1).build());
            assertThat(t.exchange(signOn(T1, "000008", "SN0001"), KEY1).text(39)).isEqualTo("00");
        }
    }

    @Test
    void aThirdConnectionOfOneTerminalIsClosed() throws IOException {
        try (TestTerminal a = connect(); TestTerminal b = connect(); TestTerminal c = connect()) {
            String code = TerminalAuth.codeOf(120);
            byte[] key = StubDirectory.key(120);
            assertThat(a.exchange(echo(code, "000001"), key).text(39)).isEqualTo("58");
            assertThat(b.exchange(echo(code, "000001"), key).text(39)).isEqualTo("58");
            c.send(echo(code, "000001"), key);
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void sixtyFourTerminalsSignOnAndEchoTwentyTimesEach() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int machine = 100; machine < 164; machine++) {
                int m = machine;
                results.add(pool.submit(() -> signOnAndEcho(m)));
            }
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= 21; i++) {
                expected.add(String.format("%06d 00", i));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes the sign-on and 20 echoes at once (pipelined), then reads the 21 replies in order. */
    private List<String> signOnAndEcho(int machine) throws IOException {
        String code = TerminalAuth.codeOf(machine);
        byte[] key = StubDirectory.key(machine);
        try (TestTerminal t = connect()) {
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            all.writeBytes(TestTerminal.frame(signOn(code, "000001", StubDirectory.serial(machine)), key));
            for (int i = 2; i <= 21; i++) {
                all.writeBytes(TestTerminal.frame(echo(code, String.format("%06d", i)), key));
            }
            t.send(all.toByteArray());
            List<String> lines = new ArrayList<>();
            for (int i = 1; i <= 21; i++) {
                IsoMessage reply = t.read();
                assertThat(reply.text(41)).isEqualTo(code);
                lines.add(reply.text(11) + " " + reply.text(39));
            }
            return lines;
        }
    }
}
