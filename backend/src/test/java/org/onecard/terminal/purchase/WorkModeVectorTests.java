package org.onecard.terminal.purchase;

import org.onecard.terminal.iso8583.PinBlock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.authz.Entry;
import org.onecard.terminal.iso8583.IsoCodec;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.iso8583.Macs;

/** The example of openapi/terminal-protocol.md §2.2.1, byte for byte. */
class WorkModeVectorTests {

    private static final byte[] KEY = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

    /** 0200 at a KEY_VALUE terminal: key 7, the cardholder named by employee number, the overdraft password given; 75 bytes. */
    static final String KEY_PURCHASE = String.join("",
            "0200",                             // MTI
            "2038000000C11009",                 // bitmap: 3 | 11 12 13 | 41 42 48 | 52 | 61 64
            "000000",                           // 3 purchase
            "000124",                           // 11 trace
            "123045",                           // 12 12:30:45
            "0315",                             // 13 03-15
            "3030303030303132",                 // 41 "00000012"
            "303030303030303030303030303432",   // 42 outlet 42
            "0006", "4B5930303137",             // 48 LLL 006 "KY0017": key 7
            "26123456FFFFFFFF",                 // 52 format 2 block of 123456
            "0006", "453A31303031",             // 61 LLL 006 "E:1001"
            "B26C1C112AF801FD");                // 64 HMAC-SHA256(key, the 67 bytes above)[0..8]

    @Test
    void theKeyValuePurchaseOfTheProtocolDocumentEncodesAndReads() throws Exception {
        IsoMessage m = IsoMessage.builder("0200").set(3, "000000").set(11, "000124").set(12, "123045").set(13, "0315")
                .set(41, "00000012").set(42, "000000000000042").set(48, "KY0017").set(52, PinBlock.of("123456"))
                .set(61, "E:1001").build();

        byte[] encoded = Macs.encodeWithMac(IsoCodec.iso87Binary(), m, KEY);

        assertThat(HexFormat.of().withUpperCase().formatHex(encoded)).isEqualTo(KEY_PURCHASE);
        PurchaseRequest r = PurchaseRequest.parse(IsoCodec.iso87Binary().decode(encoded), "00000012",
                LocalDate.of(2026, 3, 15), ZoneId.of("Asia/Shanghai")).orElseThrow();
        assertThat(r.entry()).isEqualTo(new Entry.Key(7));
        assertThat(r.credential()).isEqualTo("E:1001");
        assertThat(r.overdraftPassword()).isEqualTo("123456");
    }
}
