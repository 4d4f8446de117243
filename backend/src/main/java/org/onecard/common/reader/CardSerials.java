package org.onecard.common.reader;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * Operator card serials as a desk reader types them: it acts as a keyboard, so the text may
 * carry a trailing Enter or Tab, spaces between bytes, and either letter case.
 */
public final class CardSerials {

    private CardSerials() {
    }

    /** Without any whitespace, upper case; "" for null. */
    public static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** Compares in constant time, so response timing does not leak how much of a serial matched. */
    public static boolean matches(String stored, String typed) {
        String expected = normalize(stored);
        String actual = normalize(typed);
        if (expected.isEmpty() || actual.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                actual.getBytes(StandardCharsets.UTF_8));
    }
}
