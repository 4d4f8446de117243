package org.onecard.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecard.OneCardApplication;
import org.onecard.testing.TestDatabase;

/** The command line {@code verify}, as operators and the restore script run it. */
class VerifyCommandTests {

    /**
     * `verify` runs beside the live server, whose terminal port is taken: it must not try to listen
     * there (it did, and then failed with exit 1, the code for "books not clean").
     */
    @Test
    void checksTheBooksBesideARunningServerWithoutTakingItsTerminalPort() throws Exception {
        String database = TestDatabase.createThrowaway();
        try (ServerSocket terminalPortOfTheLiveServer = new ServerSocket(0)) {
            List<String> args = new ArrayList<>(List.of(VerifyCommand.NAME, "--spring.profiles.active=mariadb",
                    "--onecard.terminal.port=" + terminalPortOfTheLiveServer.getLocalPort()));
            TestDatabase.springProperties(database).forEach((key, value) -> args.add("--" + key + "=" + value));

            assertThat(VerifyCommand.run(OneCardApplication.class, args.toArray(String[]::new))).isZero();
        } finally {
            TestDatabase.dropThrowaway(database);
        }
    }
}
