package org.onecard.terminal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** The idle timeout, with a small value. */
@SpringJUnitConfig(TerminalServerTests.Config.class)
@TestPropertySource(properties = {
    "onecard.terminal.port=0",
    "onecard.terminal.idle-timeout=300ms"})
class TerminalServerIdleTests {

    @Autowired
    TerminalServer server;

    @Test
    void anIdleConnectionIsClosed() throws IOException {
        try (TestTerminal t = new TestTerminal(server.port())) {
            assertThat(t.closedByServer()).isTrue();
        }
    }
}
