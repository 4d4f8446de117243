package org.onecard.terminal.purchase;

import java.util.HexFormat;

/**
 * Field 52 of a 0200: the card's overdraft password as an ISO 9564-1 format 2 PIN block, 8 bytes
 * = 16 nibbles: {@code 2}, the number of digits N (4–12, hex), the N digits, then {@code F} fill.
 * {@code 123456} is {@code 26 12 34 56 FF FF FF FF}. Anything else is a format error
 * ({@link IllegalArgumentException}, answered "30").
 */
final class OverdraftPinBlock {

    static final int LENGTH = 8;

    private OverdraftPinBlock() {
    }

    static String digits(byte[] block) {
        if (block == null || block.length != LENGTH) {
            throw new IllegalArgumentException("Field 52 is 8 bytes");
        }
        String nibbles = HexFormat.of().withUpperCase().formatHex(block);
        int length = Character.digit(nibbles.charAt(1), 16);
        if (nibbles.charAt(0) != '2' || length < 4 || length > 12) {
            throw new IllegalArgumentException("Field 52 must be an ISO 9564 format 2 block of 4 to 12 digits");
        }
        String digits = nibbles.substring(2, 2 + length);
        String fill = nibbles.substring(2 + length);
        if (!digits.chars().allMatch(Character::isDigit) || !fill.chars().allMatch(c -> c == 'F')) {
            throw new IllegalArgumentException("Field 52's digits must be 0-9 and its fill F");
        }
        return digits;
    }

    static byte[] of(String digits) {
        String nibbles = "2" + Integer.toHexString(digits.length()).toUpperCase() + digits;
        return HexFormat.of().parseHex(nibbles + "F".repeat(2 * LENGTH - nibbles.length()));
    }
}
