package org.onecard.people.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Chinese resident ID numbers (身份证号), checked loosely: 18 characters shaped as a region
 * code, a birth date from 1800 on and a sequence, ending in a digit or X. The check digit is
 * not verified, so a typo there is the card centre's to catch, not a reason to refuse a person.
 */
public final class IdNumbers {

    public static final int LENGTH = 18;

    private static final Pattern SHAPE = Pattern.compile(
            "[1-9][0-9]{5}(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9X]");

    private IdNumbers() {
    }

    /** The number with a lower-case x raised, or empty when it does not have the shape. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String id = raw.trim().toUpperCase(Locale.ROOT);
        return SHAPE.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }
}
