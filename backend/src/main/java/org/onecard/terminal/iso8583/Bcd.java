package org.onecard.terminal.iso8583;

import java.io.ByteArrayOutputStream;

/** Packed BCD: two digits per byte, high nibble first, odd counts padded with a 0 nibble. */
final class Bcd {

    private Bcd() {
    }

    static int bytesFor(int digits) {
        return (digits + 1) / 2;
    }

    static void write(String digits, boolean padLeft, ByteArrayOutputStream out) {
        String padded = digits.length() % 2 == 0 ? digits : padLeft ? "0" + digits : digits + "0";
        for (int i = 0; i < padded.length(); i += 2) {
            out.write((padded.charAt(i) - '0') << 4 | (padded.charAt(i + 1) - '0'));
        }
    }

    /**
     * Reads {@code digits} digits. A digit nibble above 9 is {@code digitError}; the pad nibble of
     * an odd count must be 0.
     */
    static String read(ByteReader in, int digits, boolean padLeft, int field, FormatError digitError)
            throws IsoFormatException {
        int start = in.skip(bytesFor(digits), field);
        int nibbles = bytesFor(digits) * 2;
        int pad = digits % 2 == 0 ? -1 : padLeft ? 0 : nibbles - 1;
        StringBuilder text = new StringBuilder(digits);
        for (int i = 0; i < nibbles; i++) {
            int at = start + i / 2;
            int nibble = i % 2 == 0 ? in.at(at) >> 4 : in.at(at) & 0x0F;
            if (i == pad) {
                if (nibble != 0) {
                    throw new IsoFormatException(field, at, FormatError.BAD_BCD_NIBBLE, "pad nibble " + nibble);
                }
            } else if (nibble > 9) {
                throw new IsoFormatException(field, at, digitError, "nibble " + Integer.toHexString(nibble));
            } else {
                text.append((char) ('0' + nibble));
            }
        }
        return text.toString();
    }

    static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
