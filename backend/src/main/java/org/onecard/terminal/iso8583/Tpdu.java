package org.onecard.terminal.iso8583;

/**
 * Transport protocol data unit header some terminal networks put before the message: ID byte 0x60,
 * 2-byte destination address, 2-byte source address. A reply swaps the two addresses.
 */
public record Tpdu(int destination, int source) {

    public static final int BYTES = 5;
    static final int ID = 0x60;

    public Tpdu {
        if (destination < 0 || destination > 0xFFFF || source < 0 || source > 0xFFFF) {
            throw new IllegalArgumentException("TPDU addresses are 16-bit");
        }
    }

    static Tpdu read(ByteReader in) throws IsoFormatException {
        if (in.remaining() < BYTES) {
            throw new IsoFormatException(IsoFormatException.NO_FIELD, in.offset(), FormatError.BAD_TPDU,
                    "needs " + BYTES + " bytes, " + in.remaining() + " left");
        }
        int start = in.skip(BYTES, IsoFormatException.NO_FIELD);
        if (in.at(start) != ID) {
            throw new IsoFormatException(IsoFormatException.NO_FIELD, start, FormatError.BAD_TPDU,
                    "ID byte " + in.at(start));
        }
        return new Tpdu(in.at(start + 1) << 8 | in.at(start + 2), in.at(start + 3) << 8 | in.at(start + 4));
    }

    byte[] toBytes() {
        return new byte[] {(byte) ID, (byte) (destination >> 8), (byte) destination, (byte) (source >> 8), (byte) source};
    }

    public Tpdu reply() {
        return new Tpdu(source, destination);
    }
}
