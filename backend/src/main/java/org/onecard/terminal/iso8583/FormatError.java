package org.onecard.terminal.iso8583;

/** Why a frame or message was refused; stable names the terminal server maps to its replies. */
public enum FormatError {
    /** The input ended inside an element. */
    TRUNCATED,
    /** A variable-length field declares more units than its definition allows. */
    LENGTH_ABOVE_MAX,
    /** A fixed-length field value has the wrong length (encoding only). */
    WRONG_LENGTH,
    /** A digit position holds a nibble A–F, or a numeric value holds a non-digit. */
    NOT_NUMERIC,
    /** A length prefix nibble above 9, or a pad nibble other than 0. */
    BAD_BCD_NIBBLE,
    /** A text field holds a byte outside printable ASCII (0x20–0x7E). */
    NOT_PRINTABLE,
    /** An amount field (x+n) does not start with C or D. */
    BAD_AMOUNT_SIGN,
    /** A binary field given as text or a text field given as bytes (encoding only). */
    WRONG_VALUE_TYPE,
    /** Bit 1 says a secondary bitmap follows, but the message ends first. */
    MISSING_SECONDARY_BITMAP,
    /** The bitmap announces a field the field table does not define. */
    UNDEFINED_FIELD,
    /** Bytes remain after the last field the bitmap announces. */
    TRAILING_BYTES,
    /** The message type indicator is not four BCD digits. */
    BAD_MTI,
    /** The frame length prefix is zero or above the maximum frame size. */
    BAD_FRAME_LENGTH,
    /** The frame holds a different number of bytes than its length prefix says. */
    FRAME_LENGTH_MISMATCH,
    /** The TPDU header is missing or does not start with 0x60. */
    BAD_TPDU
}
