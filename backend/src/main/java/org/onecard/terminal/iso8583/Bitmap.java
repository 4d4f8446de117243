package org.onecard.terminal.iso8583;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Binary bitmap: bit 1 (the high bit of the first byte) announces a secondary bitmap for fields 65–128. */
final class Bitmap {

    static final int PRIMARY_BYTES = 8;

    private Bitmap() {
    }

    static void write(Set<Integer> fields, ByteArrayOutputStream out) {
        boolean secondary = fields.stream().anyMatch(f -> f > 64);
        byte[] bits = new byte[secondary ? 2 * PRIMARY_BYTES : PRIMARY_BYTES];
        if (secondary) {
            bits[0] |= (byte) 0x80;
        }
        for (int field : fields) {
            bits[(field - 1) / 8] |= (byte) (0x80 >>> ((field - 1) % 8));
        }
        out.writeBytes(bits);
    }

    /** Reads the primary and, when bit 1 is set, the secondary bitmap; returns the data fields present, ascending. */
    static List<Integer> read(ByteReader in) throws IsoFormatException {
        byte[] primary = in.take(PRIMARY_BYTES, IsoFormatException.BITMAP);
        List<Integer> fields = new ArrayList<>();
        collect(primary, 0, fields);
        if ((primary[0] & 0x80) != 0) {
            if (in.remaining() < PRIMARY_BYTES) {
                throw new IsoFormatException(IsoFormatException.BITMAP, in.offset(),
                        FormatError.MISSING_SECONDARY_BITMAP, "bit 1 set, " + in.remaining() + " bytes left");
            }
            collect(in.take(PRIMARY_BYTES, IsoFormatException.BITMAP), 64, fields);
        }
        fields.remove(Integer.valueOf(1));
        return fields;
    }

    private static void collect(byte[] bits, int base, List<Integer> fields) {
        for (int i = 0; i < bits.length * 8; i++) {
            if ((bits[i / 8] & (0x80 >>> (i % 8))) != 0) {
                fields.add(base + i + 1);
            }
        }
    }
}
