package org.onecard.terminal.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.iso8583.IsoCodec;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.iso8583.Macs;
import org.onecard.terminal.lists.domain.ListEntry;
import org.onecard.terminal.lists.domain.ListEntry.Change;
import org.onecard.terminal.lists.domain.ListPage;
import org.onecard.terminal.lists.domain.ListQuery;

/** The 0300/0310 example of openapi/terminal-protocol.md §2.6, byte for byte. */
class ListVectorsTests {

    private static final IsoCodec CODEC = IsoCodec.iso87Binary();
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    static final String REQUEST = "03 00 80 20 00 00 00 80 00 04 00 00 00 20 08 00 00 01 00 00 07"
            + " 30 30 30 30 30 30 30 31 00 15 30 30 30 30 30 30 30 30 30 30 34 30 30 31 30 35"
            + " 09 42 4C 41 43 4B 4C 49 53 54 92 38 6B 71 EF DF 99 19";
    static final String REPLY = "03 10 80 20 00 00 02 80 00 04 00 00 00 20 08 00 00 01 00 00 07 30 30"
            + " 30 30 30 30 30 30 30 31 00 63 44 4E 30 30 30 30 30 30 30 30 30 30 34 33 30 30 30 30 30 30"
            + " 30 30 30 30 34 33 30 30 30 30 30 30 30 30 30 30 30 30 30 30 32 31 30 38 30 34 41 31 42 32"
            + " 43 39 33 30 38 36 32 30 31 30 30 30 37 35 09 42 4C 41 43 4B 4C 49 53 54"
            + " E7 5A 9D 6B 8F F0 E7 21";

    @Test
    void theRequestVectorIsTheDocumentedFields() throws Exception {
        IsoMessage request = IsoMessage.builder("0300").set(11, "000007").set(41, "00000001")
                .set(62, new ListQuery(40, 10, 0).encode()).set(91, "5").set(101, "BLACKLIST").build();

        assertThat(HEX.formatHex(Macs.encodeWithMac(CODEC, request, key()))).isEqualTo(REQUEST);
        assertThat(ListQuery.parse(CODEC.decode(HEX.parseHex(REQUEST)).text(62))).contains(new ListQuery(40, 10, 0));
    }

    @Test
    void theReplyVectorCarriesThePageTheServerBuildsForIt() {
        ListPage page = ListPage.changes(new ListQuery(40, 10, 0), List.of(new ListEntry(41, Change.ADD, "04A1B2C9"),
                new ListEntry(43, Change.DELETE, "62010007")), 10, 43);
        IsoMessage reply = IsoMessage.builder("0310").set(11, "000007").set(39, "00").set(41, "00000001")
                .set(62, page.encode()).set(91, "5").set(101, "BLACKLIST").build();

        assertThat(HEX.formatHex(Macs.encodeWithMac(CODEC, reply, key()))).isEqualTo(REPLY);
        assertThat(Macs.verify(key(), HEX.parseHex(REPLY))).isEqualTo(Macs.Check.VALID);
    }

    private static byte[] key() {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        return key;
    }
}
