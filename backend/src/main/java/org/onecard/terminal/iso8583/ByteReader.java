package org.onecard.terminal.iso8583;

/** A cursor over received bytes that refuses to read past the end. */
final class ByteReader {

    private final byte[] bytes;
    private int offset;

    ByteReader(byte[] bytes) {
        this.bytes = bytes;
    }

    int offset() {
        return offset;
    }

    int remaining() {
        return bytes.length - offset;
    }

    /** Byte at an absolute offset already passed by {@link #skip}; unsigned. */
    int at(int absolute) {
        return bytes[absolute] & 0xFF;
    }

    /** Advances over {@code count} bytes and returns the offset where they start. */
    int skip(int count, int field) throws IsoFormatException {
        if (count > remaining()) {
            throw new IsoFormatException(field, offset, FormatError.TRUNCATED,
                    "needs " + count + " bytes, " + remaining() + " left");
        }
        int start = offset;
        offset += count;
        return start;
    }

    byte[] take(int count, int field) throws IsoFormatException {
        int start = skip(count, field);
        byte[] out = new byte[count];
        System.arraycopy(bytes, start, out, 0, count);
        return out;
    }
}
