package org.onecard.terminal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.iso8583.IsoMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** Idle timeout and the total connection limit, with small values. */
@SpringJUnitConfig(TerminalServerTests.Config.class)
@TestPropertySource(properties = {
    "onecard.terminal.port=0",
    "onecard.terminal.idle-timeout=300ms",
    "onecard.terminal.max-connections=2"})
class TerminalServerLimitsTests {

    @Autowired
    TerminalServer server;

    @Test
    void anIdleConnectionIsClosed() throws IOException {
        try (TestTerminal t = new TestTerminal(server.port())) {
            assertThat(t.closedByServer()).isTrue();
        }
    }

    @Test
    void aConnectionAboveTheTotalIsClosedAndTheOthersAreServed() throws IOException {
        IsoMessage signOn = TerminalServerTests.signOn(StubDirectory.T1, "000001", "SN0001");
        try (TestTerminal a = new TestTerminal(server.port()); TestTerminal b = new TestTerminal(server.port())) {
            assertThat(a.exchange(signOn, StubDirectory.KEY1).text(39)).isEqualTo("00");
            try (TestTerminal c = new TestTerminal(server.port())) {
                assertThat(c.closedByServer()).isTrue();
            }
            assertThat(b.exchange(TerminalServerTests.signOn(TerminalServerTests.code(150), "000001", "SN0150"),
                    StubDirectory.key(150)).text(39)).isEqualTo("00");
        }
    }
}
