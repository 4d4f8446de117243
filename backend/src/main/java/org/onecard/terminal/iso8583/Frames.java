package org.onecard.terminal.iso8583;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * Framing: a 2-byte unsigned big-endian length, then the body (the TPDU when configured, then one
 * message). The length counts the body only and is bounded by {@link #MAX_BODY_BYTES}.
 */
public final class Frames {

    public static final int LENGTH_BYTES = 2;
    public static final int MAX_BODY_BYTES = 4096;

    private static final Frames PLAIN = new Frames(false);
    private static final Frames WITH_TPDU = new Frames(true);

    private final boolean tpdu;

    private Frames(boolean tpdu) {
        this.tpdu = tpdu;
    }

    /** The configuration switch: whether every frame on the link carries a TPDU header. */
    public static Frames of(boolean tpduHeader) {
        return tpduHeader ? WITH_TPDU : PLAIN;
    }

    public boolean tpduHeader() {
        return tpdu;
    }

    /** Checks a length prefix before reading the body, so an oversized frame is refused unread. */
    public static int bodyLength(byte high, byte low) throws IsoFormatException {
        int length = (high & 0xFF) << 8 | (low & 0xFF);
        if (length == 0 || length > MAX_BODY_BYTES) {
            throw new IsoFormatException(IsoFormatException.NO_FIELD, 0, FormatError.BAD_FRAME_LENGTH,
                    "body length " + length + ", allowed 1.." + MAX_BODY_BYTES);
        }
        return length;
    }

    /** Reads a whole frame: length prefix and exactly that many bytes. */
    public Frame read(byte[] frame) throws IsoFormatException {
        if (frame.length < LENGTH_BYTES) {
            throw new IsoFormatException(IsoFormatException.NO_FIELD, 0, FormatError.TRUNCATED, "no length prefix");
        }
        int length = bodyLength(frame[0], frame[1]);
        if (frame.length - LENGTH_BYTES != length) {
            throw new IsoFormatException(IsoFormatException.NO_FIELD, LENGTH_BYTES, FormatError.FRAME_LENGTH_MISMATCH,
                    "prefix says " + length + ", body has " + (frame.length - LENGTH_BYTES));
        }
        byte[] body = new byte[length];
        System.arraycopy(frame, LENGTH_BYTES, body, 0, length);
        return split(body);
    }

    /** Splits a body already cut out by a length-field decoder into TPDU and message. */
    public Frame split(byte[] body) throws IsoFormatException {
        if (body.length > MAX_BODY_BYTES) {
            throw new IsoFormatException(IsoFormatException.NO_FIELD, 0, FormatError.BAD_FRAME_LENGTH,
                    "body length " + body.length);
        }
        ByteReader in = new ByteReader(body);
        Optional<Tpdu> header = tpdu ? Optional.of(Tpdu.read(in)) : Optional.empty();
        return new Frame(header, in.take(in.remaining(), IsoFormatException.NO_FIELD));
    }

    /** Writes prefix, TPDU and message. A frame that breaks the link's rules is our bug: IllegalArgumentException. */
    public byte[] write(Frame frame) {
        if (frame.tpdu().isPresent() != tpdu) {
            throw new IllegalArgumentException(tpdu ? "this link needs a TPDU" : "this link has no TPDU");
        }
        byte[] message = frame.message();
        int length = message.length + (tpdu ? Tpdu.BYTES : 0);
        if (length == 0 || length > MAX_BODY_BYTES) {
            throw new IllegalArgumentException("body length " + length + ", allowed 1.." + MAX_BODY_BYTES);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(LENGTH_BYTES + length);
        out.write(length >> 8);
        out.write(length);
        frame.tpdu().ifPresent(t -> out.writeBytes(t.toBytes()));
        out.writeBytes(message);
        return out.toByteArray();
    }
}
