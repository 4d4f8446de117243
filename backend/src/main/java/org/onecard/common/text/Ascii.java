package org.onecard.common.text;

/**
 * Checks and numbers of short ASCII texts on hot paths (every terminal message, every offline
 * record, every batched posting), where a regular expression's matcher costs more than the work: a
 * plain loop over the characters. ({@code String.format("%012d", n)} is one of those: the JDK's
 * Formatter parses any specifier with a flag or a width with a regular expression.)
 */
public final class Ascii {

    private Ascii() {
    }

    /** {@code min} to {@code max} characters, each 0-9. */
    public static boolean digits(String text, int min, int max) {
        return text != null && text.length() >= min && text.length() <= max && all(text, '0', '9', '0', '9');
    }

    /** Exactly {@code length} characters, each 0-9 or a-f. */
    public static boolean lowerHex(String text, int length) {
        return text != null && text.length() == length && all(text, '0', '9', 'a', 'f');
    }

    /** {@code min} to {@code max} characters, each A-Z. */
    public static boolean upperLetters(String text, int min, int max) {
        return text != null && text.length() >= min && text.length() <= max && all(text, 'A', 'Z', 'A', 'Z');
    }

    /**
     * {@code value} in decimal, left-padded with zeros to {@code width} characters (a minus sign
     * counts towards it), never cut: the same text as {@code String.format("%0<width>d", value)}.
     */
    public static String zeroPadded(long value, int width) {
        String digits = value == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(value));
        int sign = value < 0 ? 1 : 0;
        int zeros = width - sign - digits.length();
        if (zeros <= 0) {
            return sign == 0 ? digits : "-" + digits;
        }
        StringBuilder out = new StringBuilder(width);
        if (sign == 1) {
            out.append('-');
        }
        for (int i = 0; i < zeros; i++) {
            out.append('0');
        }
        return out.append(digits).toString();
    }

    private static boolean all(String text, char from1, char to1, char from2, char to2) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= from1 && c <= to1) && !(c >= from2 && c <= to2)) {
                return false;
            }
        }
        return true;
    }
}
