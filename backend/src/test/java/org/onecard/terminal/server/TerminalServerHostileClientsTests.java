package org.onecard.terminal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.iso8583.IsoMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * Slow, stalled, silent and vanished clients against the real server, with short timeouts: each is
 * closed by the read or idle timeout, its connection place and its terminal's place are given back
 * (the server's own count), no buffer leaks, and a well-behaved terminal is answered meanwhile.
 * A client that "disappears without FIN" is a socket the test keeps open and never uses again: the
 * server sees exactly what it sees of a terminal whose cable was pulled.
 */
@SpringJUnitConfig(TerminalServerTests.Config.class)
@TestPropertySource(properties = {
    "onecard.terminal.port=0",
    "onecard.terminal.read-timeout=1s",
    "onecard.terminal.idle-timeout=2s",
    "onecard.terminal.max-connections=1000",
    "onecard.terminal.max-connections-per-terminal=1"})
class TerminalServerHostileClientsTests {

    /** How long the server may take to notice a timeout and close, on a loaded machine. */
    private static final long CLOSE_WITHIN_MS = 30_000;

    @Autowired
    TerminalServer server;

    private final List<Socket> held = new ArrayList<>();

    static {
        LeakWatch.start();
    }

    @AfterEach
    void everyPlaceIsGivenBackAndAGoodTerminalIsServed() throws Exception {
        for (Socket s : held) {
            s.close();
        }
        awaitOpenConnections(0);
        try (TestTerminal t = new TestTerminal(server.port())) {
            assertThat(t.exchange(TerminalServerTests.signOn(TerminalServerTests.code(199), "000900", "SN0199"),
                    StubDirectory.key(199)).text(39)).isEqualTo("00");
        }
        LeakWatch.assertNoLeak();
    }

    @Test
    void aClientSendingOneBytePerSecondIsClosedByTheReadTimeout() throws Exception {
        byte[] frame = signOnFrame(150);
        Socket s = connect();
        int sent = 0;
        try {
            for (; sent < frame.length; sent++) {
                s.getOutputStream().write(frame[sent]);
                s.getOutputStream().flush();
                Thread.sleep(1000);
            }
        } catch (SocketException closed) {
            // the server closed the connection: a write after its close is refused
        }
        assertThat(sent).as("bytes written before the server closed").isLessThan(frame.length);
        assertThat(closedByServer(s)).isTrue();
    }

    @Test
    void aClientSendingALengthPrefixThenNothingIsClosedByTheReadTimeout() throws Exception {
        Socket s = connect();
        s.getOutputStream().write(Arrays.copyOf(signOnFrame(150), 2));
        assertThat(closedByServer(s)).isTrue();
    }

    @Test
    void aClientThatNeverSendsIsClosedByTheIdleTimeout() throws Exception {
        Socket s = connect();
        awaitOpenConnections(1);
        assertThat(closedByServer(s)).isTrue();
    }

    @Test
    void aTerminalThatVanishesWithoutFinGivesBackItsPlaceAfterTheIdleTimeout() throws Exception {
        String code = TerminalServerTests.code(150);
        Socket gone = connect();
        gone.getOutputStream().write(signOnFrame(150));
        assertThat(readReplyCode(gone)).isEqualTo("00");
        assertThat(server.online(code)).isTrue();
        try (TestTerminal second = new TestTerminal(server.port())) {
            second.send(signOnFrame(150));
            assertThat(second.closedByServer()).as("one connection per terminal: the vanished one still holds it").isTrue();
        }
        awaitOpenConnections(0); // the vanished terminal's socket is never closed by the test
        assertThat(server.online(code)).isFalse();
        try (TestTerminal back = new TestTerminal(server.port())) {
            back.send(signOnFrame(150));
            assertThat(TestTerminal.CODEC.decode(back.readMessage()).text(39)).isEqualTo("00");
        }
    }

    @Test
    void fiveHundredHostileConnectionsAtOnceDoNotStopAGoodTerminal() throws Exception {
        byte[] frame = signOnFrame(150);
        for (int i = 0; i < 500; i++) {
            Socket s = connect();
            OutputStream out = s.getOutputStream();
            switch (i % 4) {
                case 0 -> { } // silent
                case 1 -> out.write(frame, 0, 1); // half a length prefix
                case 2 -> out.write(frame, 0, 2); // a length prefix, no body
                default -> out.write(frame, 0, frame.length - 1); // all but the last byte
            }
        }
        try (TestTerminal good = new TestTerminal(server.port())) {
            long start = System.nanoTime();
            IsoMessage reply = good.exchange(TerminalServerTests.signOn(TerminalServerTests.code(152), "000001", "SN0152"),
                    StubDirectory.key(152));
            System.out.printf("a good terminal's sign-on beside 500 hostile connections: %d ms%n",
                    (System.nanoTime() - start) / 1_000_000);
            assertThat(reply.text(39)).isEqualTo("00");
        }
        awaitOpenConnections(0); // every hostile connection closed by its timeout while the test still holds it
        for (Socket s : held) {
            assertThat(closedByServer(s)).isTrue();
        }
    }

    private Socket connect() throws IOException {
        Socket s = new Socket();
        held.add(s);
        s.connect(new InetSocketAddress("127.0.0.1", server.port()), 10_000);
        s.setSoTimeout((int) CLOSE_WITHIN_MS);
        return s;
    }

    private static byte[] signOnFrame(int machine) {
        return TestTerminal.frame(TerminalServerTests.signOn(TerminalServerTests.code(machine), "000001",
                StubDirectory.serial(machine)), StubDirectory.key(machine));
    }

    /** The reply's field 39, read from a raw socket. */
    private static String readReplyCode(Socket s) throws Exception {
        var in = new java.io.DataInputStream(s.getInputStream());
        byte[] message = new byte[in.readUnsignedShort()];
        in.readFully(message);
        return TestTerminal.CODEC.decode(message).text(39);
    }

    /** True when the server closed the connection: the read ends (EOF or reset) before the socket timeout. */
    private static boolean closedByServer(Socket s) throws IOException {
        try {
            return s.getInputStream().read() == -1;
        } catch (SocketException reset) {
            return true;
        }
    }

    /** Waits until the server counts this many open connections; fails after {@link #CLOSE_WITHIN_MS}. */
    private void awaitOpenConnections(int expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + CLOSE_WITHIN_MS;
        while (server.openConnections() != expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(server.openConnections()).as("open connections by the server's count").isEqualTo(expected);
    }
}
