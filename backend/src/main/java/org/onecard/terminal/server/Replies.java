package org.onecard.terminal.server;

import org.onecard.common.text.Ascii;
import org.onecard.terminal.iso8583.IsoMessage;

/** Building replies: MTI + 10, fields 11 and 41 echoed, field 39 set. */
public final class Replies {

    private Replies() {
    }

    /** Whether a terminal may send this MTI: a request (xx0x) or an advice (xx2x). */
    public static boolean isRequest(String mti) {
        char function = mti.charAt(2);
        return function == '0' || function == '2';
    }

    /** The reply's MTI: 0800 → 0810, 0220 → 0230. */
    public static String replyMti(String requestMti) {
        if (!isRequest(requestMti)) {
            throw new IllegalArgumentException("not a request MTI: " + requestMti);
        }
        return requestMti.substring(0, 2) + (char) (requestMti.charAt(2) + 1) + requestMti.charAt(3);
    }

    /** A reply carrying the request's 11 and 41 (when present) and the response code. */
    public static IsoMessage.Builder to(IsoMessage request, String responseCode) {
        IsoMessage.Builder reply = IsoMessage.builder(replyMti(request.mti()));
        for (int field : new int[] {11, 41}) {
            if (request.has(field)) {
                reply.set(field, request.text(field));
            }
        }
        return reply.set(39, responseCode);
    }

    /** Fields 37 (retrieval reference: the posting id, 12 digits) and 38 (approval code: its last 6 digits). */
    public static IsoMessage.Builder posting(IsoMessage.Builder reply, long postingId) {
        return reply.set(37, Ascii.zeroPadded(postingId % 1_000_000_000_000L, 12))
                .set(38, Ascii.zeroPadded(postingId % 1_000_000, 6));
    }
}
