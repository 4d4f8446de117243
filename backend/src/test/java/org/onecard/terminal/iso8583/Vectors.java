package org.onecard.terminal.iso8583;

import java.util.HexFormat;

/** Hand-checked messages shared by the tests; each is decoded field by field in its comment. */
final class Vectors {

    /** Terminal key of the MAC vectors: the 32 bytes 00 01 02 … 1F. */
    static final byte[] KEY = hex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

    /** 0800 sign-on: fields 11, 41, 42, 60; 41 bytes. */
    static final byte[] SIGN_ON = hex(
            "0800",                             // MTI 0800, 2 BCD bytes
            "0020000000C00010",                 // bitmap: 11 (byte 1 0x20), 41+42 (byte 5 0xC0), 60 (byte 7 0x10)
            "000001",                           // 11 trace n6 "000001"
            "5430303030303031",                 // 41 terminal an8 "T0000001"
            "313233343536373839303132333435",   // 42 merchant an15 "123456789012345"
            "0003", "303031");                  // 60 LLLVAR: length 003 as 2 BCD bytes, then "001"

    /** 0200 purchase of 12.50 yuan: fields 2, 3, 4, 11, 12, 13, 41, 42, 64; 69 bytes. */
    static final byte[] PURCHASE = hex(
            "0200",                             // MTI 0200
            "7038000000C00001",                 // bitmap: 2,3,4 (0x70) 11,12,13 (0x38) 41,42 (0xC0) 64 (0x01)
            "19", "62010000123456789010",       // 2 LLVAR n..19: 19 digits "6201000012345678901", right pad 0
            "000000",                           // 3 processing code n6 "000000"
            "000000001250",                     // 4 amount n12 "000000001250" = 1250 fen
            "000123",                           // 11 trace n6 "000123"
            "123045",                           // 12 local time n6 12:30:45
            "0315",                             // 13 local date n4 03-15
            "5430303030303031",                 // 41 "T0000001"
            "313233343536373839303132333435",   // 42 "123456789012345"
            "0ebe43123b593446");                // 64 MAC: HMAC-SHA256(KEY, the 61 bytes above)[0..8]

    /** 0210 approval of PURCHASE: fields 3, 4, 11, 12, 13, 37, 38, 39, 41, 42, 54, 64; 100 bytes. */
    static final byte[] PURCHASE_REPLY = hex(
            "0210",                             // MTI 0210
            "303800000EC00401",                 // bitmap: 3,4 (0x30) 11,12,13 (0x38) 37,38,39 (0x0E) 41,42 (0xC0) 54 (0x04) 64
            "000000",                           // 3 "000000"
            "000000001250",                     // 4 1250 fen
            "000123",                           // 11 "000123"
            "123045",                           // 12 "123045"
            "0315",                             // 13 "0315"
            "323430333135303030313233",         // 37 reference an12 "240315000123"
            "414231323334",                     // 38 authorization an6 "AB1234"
            "3030",                             // 39 response an2 "00" approved
            "5430303030303031",                 // 41 "T0000001"
            "313233343536373839303132333435",   // 42 "123456789012345"
            "0020",                             // 54 LLLVAR length 020
            "3130303231353643303030303030303038373530", // "10" "02" "156" "C" "000000008750": balance 87.50
            "a0817eba4fc61403");                // 64 MAC: HMAC-SHA256(KEY, the 92 bytes above)[0..8]

    /** 0800 with a secondary bitmap: fields 7, 11, 41, 70; 36 bytes. */
    static final byte[] SECONDARY = hex(
            "0800",                             // MTI 0800
            "8220000000800000",                 // primary: bit 1 (secondary follows) + 7 (0x82), 11 (0x20), 41 (0x80)
            "0400000000000000",                 // secondary: bit 70 (0x04 in its first byte, fields 65-72)
            "0315123045",                       // 7 transmission date-time n10 "0315123045"
            "000002",                           // 11 "000002"
            "5430303030303031",                 // 41 "T0000001"
            "0001");                            // 70 network management code n3 "001", left pad 0 nibble

    private Vectors() {
    }

    static byte[] hex(String... parts) {
        return HexFormat.of().parseHex(String.join("", parts).replace(" ", ""));
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    static IsoMessage signOn() {
        return IsoMessage.builder("0800").set(11, "000001").set(41, "T0000001").set(42, "123456789012345")
                .set(60, "001").build();
    }

    static IsoMessage purchaseWithoutMac() {
        return IsoMessage.builder("0200").set(2, "6201000012345678901").set(3, "000000").set(4, "000000001250")
                .set(11, "000123").set(12, "123045").set(13, "0315").set(41, "T0000001")
                .set(42, "123456789012345").build();
    }

    static IsoMessage purchaseReplyWithoutMac() {
        return IsoMessage.builder("0210").set(3, "000000").set(4, "000000001250").set(11, "000123")
                .set(12, "123045").set(13, "0315").set(37, "240315000123").set(38, "AB1234").set(39, "00")
                .set(41, "T0000001").set(42, "123456789012345").set(54, "1002156C000000008750").build();
    }

    static IsoMessage secondary() {
        return IsoMessage.builder("0800").set(7, "0315123045").set(11, "000002").set(41, "T0000001")
                .set(70, "001").build();
    }
}
