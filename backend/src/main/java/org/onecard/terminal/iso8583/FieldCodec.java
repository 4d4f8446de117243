package org.onecard.terminal.iso8583;

import static org.onecard.terminal.iso8583.FormatError.BAD_AMOUNT_SIGN;
import static org.onecard.terminal.iso8583.FormatError.BAD_BCD_NIBBLE;
import static org.onecard.terminal.iso8583.FormatError.LENGTH_ABOVE_MAX;
import static org.onecard.terminal.iso8583.FormatError.NOT_NUMERIC;
import static org.onecard.terminal.iso8583.FormatError.NOT_PRINTABLE;
import static org.onecard.terminal.iso8583.FormatError.WRONG_LENGTH;
import static org.onecard.terminal.iso8583.FormatError.WRONG_VALUE_TYPE;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.onecard.common.text.Ascii;
import org.onecard.terminal.iso8583.FieldSpec.Length;
import org.onecard.terminal.iso8583.FieldSpec.Type;

/** Encodes and decodes one data element according to its {@link FieldSpec}. */
final class FieldCodec {

    private static final int ENCODING = -1;

    private FieldCodec() {
    }

    static void write(FieldSpec spec, Object value, ByteArrayOutputStream out) throws IsoFormatException {
        int units = checkValue(spec, value);
        if (spec.length() == Length.FIXED && units != spec.maxLength()) {
            throw fault(spec, WRONG_LENGTH, units + " units, must be " + spec.maxLength());
        }
        if (units > spec.maxLength()) {
            throw fault(spec, LENGTH_ABOVE_MAX, units + " units, max " + spec.maxLength());
        }
        if (spec.length() != Length.FIXED) {
            Bcd.write(Ascii.zeroPadded(units, spec.length().prefixBytes * 2), true, out);
        }
        switch (spec.type()) {
            case NUMERIC -> Bcd.write((String) value, spec.padsLeft(), out);
            case TEXT -> out.writeBytes(((String) value).getBytes(StandardCharsets.US_ASCII));
            case BINARY -> out.writeBytes((byte[]) value);
            case AMOUNT -> {
                String amount = (String) value;
                out.write(amount.charAt(0));
                Bcd.write(amount.substring(1), true, out);
            }
        }
    }

    /** Checks the value's Java type and content; returns its length in the field's units. */
    private static int checkValue(FieldSpec spec, Object value) throws IsoFormatException {
        if (spec.type() == Type.BINARY) {
            if (!(value instanceof byte[] bytes)) {
                throw fault(spec, WRONG_VALUE_TYPE, "binary field needs byte[]");
            }
            return bytes.length;
        }
        if (!(value instanceof String text)) {
            throw fault(spec, WRONG_VALUE_TYPE, "text or numeric field needs String");
        }
        boolean valid = switch (spec.type()) {
            case NUMERIC -> Bcd.isDigits(text);
            case AMOUNT -> !text.isEmpty() && Bcd.isDigits(text.substring(1));
            default -> isPrintable(text);
        };
        if (!valid) {
            throw fault(spec, spec.type() == Type.TEXT ? NOT_PRINTABLE : NOT_NUMERIC, "bad character");
        }
        if (spec.type() == Type.AMOUNT && !isSign(text.charAt(0))) {
            throw fault(spec, BAD_AMOUNT_SIGN, "must start with C or D");
        }
        return text.length();
    }

    static Object read(FieldSpec spec, ByteReader in) throws IsoFormatException {
        int start = in.offset();
        int units = spec.maxLength();
        if (spec.length() != Length.FIXED) {
            units = Integer.parseInt(Bcd.read(in, spec.length().prefixBytes * 2, true, spec.number(), BAD_BCD_NIBBLE));
            if (units > spec.maxLength()) {
                throw new IsoFormatException(spec.number(), start, LENGTH_ABOVE_MAX,
                        units + " units, max " + spec.maxLength());
            }
        }
        return switch (spec.type()) {
            case NUMERIC -> Bcd.read(in, units, spec.padsLeft(), spec.number(), NOT_NUMERIC);
            case TEXT -> readText(spec, in, units);
            case BINARY -> in.take(units, spec.number());
            case AMOUNT -> readAmount(spec, in, units);
        };
    }

    private static String readText(FieldSpec spec, ByteReader in, int units) throws IsoFormatException {
        int start = in.skip(units, spec.number());
        char[] text = new char[units];
        for (int i = 0; i < units; i++) {
            int b = in.at(start + i);
            if (b < 0x20 || b > 0x7E) {
                throw new IsoFormatException(spec.number(), start + i, NOT_PRINTABLE, "byte " + b);
            }
            text[i] = (char) b;
        }
        return new String(text);
    }

    private static String readAmount(FieldSpec spec, ByteReader in, int units) throws IsoFormatException {
        int start = in.skip(1, spec.number());
        char sign = (char) in.at(start);
        if (!isSign(sign)) {
            throw new IsoFormatException(spec.number(), start, BAD_AMOUNT_SIGN, "byte " + (int) sign);
        }
        return sign + Bcd.read(in, units - 1, true, spec.number(), NOT_NUMERIC);
    }

    private static boolean isSign(char c) {
        return c == 'C' || c == 'D';
    }

    private static boolean isPrintable(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
    }

    private static IsoFormatException fault(FieldSpec spec, FormatError reason, String detail) {
        return new IsoFormatException(spec.number(), ENCODING, reason, detail);
    }
}
