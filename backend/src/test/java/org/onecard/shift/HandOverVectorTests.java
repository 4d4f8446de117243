package org.onecard.shift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.tools.TerminalConnection;

/** The 0800/401 request vector of openapi/terminal-protocol.md §2.10 is what the codec and MAC write. */
class HandOverVectorTests {

    /** Terminal 00000001, key 00 01 … 1F; length prefix, then the message and its MAC. */
    static final String VECTOR = String.join("",
            "006f",                                                   // length 111
            "0800",                                                   // MTI
            "802800000081000c",                                       // primary: secondary, 11, 13, 41, 48, 61, 62
            "0400000000000001",                                       // secondary: 70, 128
            "000001",                                                 // 11 trace
            "0315",                                                   // 13 date at the terminal
            "3030303030303031",                                       // 41 "00000001"
            "0026", "3031303030303030303031353030303030303030303735303030", // 48 nozzle 01, 15.00, 750.00
            "0019", "36323031303030303132333435363738393032",         // 61 incoming card
            "0019", "36323031303030303132333435363738393031",         // 62 outgoing card
            "0401",                                                   // 70 hand-over
            "2bcaffa7d776cd15");                                      // 128 MAC

    @Test
    void theDocumentedVectorIsWhatTheCodecWrites() throws Exception {
        IsoMessage m = IsoMessage.builder("0800").set(11, "000001").set(13, "0315").set(41, "00000001")
                .set(48, "01000000001500000000075000").set(61, "6201000012345678902").set(62, "6201000012345678901")
                .set(70, "401").build();
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        byte[] bytes = TerminalConnection.encode(m, key);

        assertThat(String.format("%04x", bytes.length) + HexFormat.of().formatHex(bytes)).isEqualTo(VECTOR);
        assertThat(TerminalConnection.CODEC.decode(bytes).text(48)).isEqualTo("01000000001500000000075000");
    }
}
