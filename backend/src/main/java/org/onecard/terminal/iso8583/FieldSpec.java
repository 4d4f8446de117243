package org.onecard.terminal.iso8583;

import java.util.Objects;

/**
 * One data element of the field table.
 *
 * @param maxLength for FIXED the exact length, otherwise the maximum; counted in digits
 *                  (NUMERIC), characters (TEXT, AMOUNT including its sign) or bytes (BINARY)
 */
public record FieldSpec(int number, Type type, Length length, int maxLength, String description) {

    /** How the value's units are carried. */
    public enum Type {
        /** Digits packed two per byte (BCD); value is a String of digits. */
        NUMERIC,
        /** One printable ASCII byte per character (an / ans); value is a String. */
        TEXT,
        /** Raw bytes; value is a byte[]. */
        BINARY,
        /** ISO "x+n": ASCII C (credit) or D (debit) followed by BCD digits; value is a String. */
        AMOUNT
    }

    /** Fixed length, or a BCD length prefix of one byte (LL, up to 99) or two bytes (LLL, up to 999). */
    public enum Length {
        FIXED(0, Integer.MAX_VALUE), LL(1, 99), LLL(2, 999);

        final int prefixBytes;
        final int limit;

        Length(int prefixBytes, int limit) {
            this.prefixBytes = prefixBytes;
            this.limit = limit;
        }
    }

    public FieldSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(description, "description");
        if (number < 2 || number > 128) {
            throw new IllegalArgumentException("field number must be 2..128: " + number);
        }
        if (maxLength < 1 || maxLength > length.limit) {
            throw new IllegalArgumentException("field " + number + ": max length " + maxLength);
        }
        if (type == Type.AMOUNT && (length != Length.FIXED || maxLength < 2)) {
            throw new IllegalArgumentException("field " + number + ": amounts are fixed, sign plus digits");
        }
    }

    /**
     * Odd digit counts get one pad nibble 0. As in the generic 1987 binary packager, fixed numerics
     * and amounts pad on the left and LL/LLL numerics pad on the right.
     */
    boolean padsLeft() {
        return length == Length.FIXED;
    }
}
