package org.onecard.common.text;

/** Checks and clean-ups of short texts operators type into master data. */
public final class Texts {

    private Texts() {
    }

    public static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static boolean isName(String trimmed, int max) {
        return !trimmed.isEmpty() && trimmed.length() <= max && trimmed.chars().noneMatch(Character::isISOControl);
    }

    /** Up to {@code max} digits, spaces, +, -, ( or ). */
    public static boolean isPhone(String trimmed, int max) {
        return trimmed.length() <= max && trimmed.matches("[0-9+() -]+");
    }
}
