package org.onecard.terminal.server;

import org.onecard.terminal.iso8583.IsoMessage;

/**
 * What the server sends for one frame: the reply frame (null for none), whether to close afterwards,
 * and the reply message the frame carries (null for none), which the metrics read.
 */
record Reply(byte[] frame, boolean close, IsoMessage message) {

    static Reply closeSilently() {
        return new Reply(null, true, null);
    }
}
