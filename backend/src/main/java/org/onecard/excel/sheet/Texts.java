package org.onecard.excel.sheet;

import java.text.Normalizer;

/** Text clean-up shared by the reader and the column readers. */
public final class Texts {

    private Texts() {
    }

    /**
     * Trims white space at both ends, including the ideographic space (U+3000), no-break
     * spaces and the byte-order mark that copy-and-paste from web pages and Word leaves behind.
     */
    public static String clean(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * {@link #clean} plus NFKC folding, so full-width digits and letters typed with a Chinese
     * input method ("１２．５") read like their ASCII forms. For numbers, dates and codes only:
     * names keep exactly what was typed.
     */
    public static String folded(String text) {
        return clean(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }

    public static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
