package org.onecard.terminal.iso8583;

/**
 * Bad input on the wire: which element, where, and why. Checked so that every place that reads
 * terminal bytes must decide how to answer (format-error reply or closing the connection).
 */
public final class IsoFormatException extends Exception {

    /** Field number used for the message type indicator. */
    public static final int MTI = 0;
    /** Field number used for the primary and secondary bitmap. */
    public static final int BITMAP = 1;
    /** Field number used when the fault belongs to no field (frame, TPDU, trailing bytes). */
    public static final int NO_FIELD = -1;

    private final int field;
    private final int offset;
    private final FormatError reason;

    public IsoFormatException(int field, int offset, FormatError reason, String detail) {
        super(reason + " at field " + field + ", offset " + offset + ": " + detail, null, false, false);
        this.field = field;
        this.offset = offset;
        this.reason = reason;
    }

    public int field() {
        return field;
    }

    /** Byte offset in the decoded input where the faulty element starts; -1 when encoding. */
    public int offset() {
        return offset;
    }

    public FormatError reason() {
        return reason;
    }
}
