package org.onecard.terminal.server;

/**
 * The sign-on vector of openapi/terminal-protocol.md §2.1: terminal 00000001, serial SN0001, key
 * 00 01 … 1F, server clock 2026-03-15 12:30:45 Asia/Shanghai. Hex, no TPDU.
 */
final class ProtocolVectors {

    static final String SIGN_ON_FRAME = String.join("",
            "002f",                             // length 47
            "0800",                             // MTI
            "8020000000800002",                 // primary bitmap: secondary follows, 11, 41, 63
            "0400000000000001",                 // secondary bitmap: 70, 128
            "000001",                           // 11 trace
            "3030303030303031",                 // 41 "00000001"
            "0006", "534e30303031",             // 63 LLL 006 "SN0001"
            "0001",                             // 70 network management code 001 sign-on
            "7ab591c75785522a");                // 128 MAC over the 39 bytes before it

    static final String SIGN_ON_REPLY_FRAME = String.join("",
            "002e",                             // length 46
            "0810",                             // MTI
            "8038000002800000",                 // primary: secondary follows, 11, 12, 13, 39, 41
            "0400000000000001",                 // secondary: 70, 128
            "000001",                           // 11 echoed
            "123045",                           // 12 server local time 12:30:45
            "0315",                             // 13 server local date 03-15
            "3030",                             // 39 "00"
            "3030303030303031",                 // 41 echoed
            "0001",                             // 70 echoed
            "bf1d1557621625a1");                // 128 MAC over the 38 bytes before it

    private ProtocolVectors() {
    }
}
