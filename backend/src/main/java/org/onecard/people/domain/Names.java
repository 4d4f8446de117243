package org.onecard.people.domain;

import org.onecard.common.outcome.Outcome;

/** Display names: trimmed, not blank, not longer than their column, no control characters. */
public final class Names {

    private Names() {
    }

    public static Outcome<String> check(String field, String value, int max) {
        String name = value == null ? "" : value.trim();
        if (name.isEmpty() || name.length() > max) {
            return Outcome.invalid(field, "must be 1 to " + max + " characters");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return Outcome.invalid(field, "must not contain control characters");
        }
        return Outcome.done(name);
    }
}
