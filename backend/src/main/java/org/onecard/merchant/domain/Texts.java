package org.onecard.merchant.domain;

final class Texts {

    private Texts() {
    }

    static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static boolean isName(String trimmed, int max) {
        return !trimmed.isEmpty() && trimmed.length() <= max && trimmed.chars().noneMatch(Character::isISOControl);
    }
}
