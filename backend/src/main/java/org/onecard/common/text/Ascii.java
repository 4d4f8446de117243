package org.onecard.common.text;

/**
 * Checks of short ASCII texts on hot paths (every offline record, every batched posting), where a
 * regular expression's matcher costs more than the check: a plain loop over the characters.
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
