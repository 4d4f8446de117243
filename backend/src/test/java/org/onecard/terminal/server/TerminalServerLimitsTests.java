package org.onecard.terminal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.iso8583.IsoMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * The total connection limit, with a small value. The idle timeout stays long here: with a short
 * one, the connection kept waiting while the others are served could be closed for idleness on a
 * busy machine, which is another limit's test ({@link TerminalServerIdleTests}).
 */
@SpringJUnitConfig(TerminalServerTests.Config.class)
@TestPropertySource(properties = {
    "onecard.terminal.port=0",
    "onecard.terminal.idle-timeout=60s",
    "onecard.terminal.max-connections=2"})
class TerminalServerLimitsTests {

    @Autowired
    TerminalServer server;

    @Test
    void aConnectionAboveTheTotalIsClosedAndTheOthersAreServed() throws IOException {
        IsoMessage signOn = TerminalServerTests.signOn(StubDirectory.T1, "000001", "SN0001");
        try (TestTerminal a = new TestTerminal(server.port()); TestTerminal b = new TestTerminal(server.port())) {
            // both answered first, so both are counted before the third connects: a connect returns once
            // the kernel has accepted, before the server has registered the channel, so without this the
            // third could be counted before b and b be the one closed (seen once in CI)
            assertThat(a.exchange(signOn, StubDirectory.KEY1).text(39)).isEqualTo("00");
            assertThat(b.exchange(TerminalServerTests.signOn(TerminalServerTests.code(150), "000001", "SN0150"),
                    StubDirectory.key(150)).text(39)).isEqualTo("00");
            try (TestTerminal c = new TestTerminal(server.port())) {
                assertThat(c.closedByServer()).isTrue();
            }
            assertThat(b.exchange(TerminalServerTests.signOn(TerminalServerTests.code(150), "000002", "SN0150"),
                    StubDirectory.key(150)).text(39)).isEqualTo("00");
        }
    }
}
