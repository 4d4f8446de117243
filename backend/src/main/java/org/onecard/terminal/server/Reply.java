package org.onecard.terminal.server;

/** What the server sends for one frame: the reply frame (null for none), and whether to close afterwards. */
record Reply(byte[] frame, boolean close) {

    static Reply closeSilently() {
        return new Reply(null, true);
    }
}
