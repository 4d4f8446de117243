package org.onecard.terminal.iso8583;

import java.util.HexFormat;

/**
 * A password or PIN as an ISO 9564-1 format 2 PIN block (clear, the MAC guarding it), 8 bytes
 * = 16 nibbles: {@code 2}, the number of digits N (4–12, hex), the N digits, then {@code F} fill.
 * {@code 123456} is {@code 26 12 34 56 FF FF FF FF}. Anything else is a format error
 * ({@link IllegalArgumentException}, answered "30"). Field 52 carries one: a 0200's overdraft
 * password, an 0800 operator sign-on's password, a void's supervisor password; field 63 of a 0200
 * carries the cardholder's PIN as the block's 16 hex digits ({@link #fromHex}).
 */
public final class PinBlock {

    public static final int LENGTH = 8;

    private PinBlock() {
    }

    public static String digits(byte[] block) {
        if (block == null || block.length != LENGTH) {
            throw new IllegalArgumentException("A PIN block is 8 bytes");
        }
        String nibbles = HexFormat.of().withUpperCase().formatHex(block);
        int length = Character.digit(nibbles.charAt(1), 16);
        if (nibbles.charAt(0) != '2' || length < 4 || length > 12) {
            throw new IllegalArgumentException("A PIN block must be an ISO 9564 format 2 block of 4 to 12 digits");
        }
        String digits = nibbles.substring(2, 2 + length);
        String fill = nibbles.substring(2 + length);
        if (!digits.chars().allMatch(Character::isDigit) || !fill.chars().allMatch(c -> c == 'F')) {
            throw new IllegalArgumentException("A PIN block's digits must be 0-9 and its fill F");
        }
        return digits;
    }

    public static byte[] of(String digits) {
        String nibbles = "2" + Integer.toHexString(digits.length()).toUpperCase() + digits;
        return HexFormat.of().parseHex(nibbles + "F".repeat(2 * LENGTH - nibbles.length()));
    }

    /** The digits of a block given as 16 hex digits (field 63 of a 0200). */
    public static String fromHex(String hex) {
        if (hex == null || hex.length() != 2 * LENGTH) {
            throw new IllegalArgumentException("A PIN block in text is 16 hex digits");
        }
        return digits(HexFormat.of().parseHex(hex));
    }

    /** The block as 16 upper-case hex digits. */
    public static String hex(String digits) {
        return HexFormat.of().withUpperCase().formatHex(of(digits));
    }
}
