package org.onecard.people.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.onecard.common.outcome.Outcome;

/**
 * The system-wide employee-number (工号) rules.
 *
 * @param length         0 for any length up to {@link #MAX_LENGTH}, else every number has exactly this many characters
 * @param autoIncrement  a person created without a number gets the highest numeric one in use plus one,
 *                       zero-padded to {@code length}
 * @param lettersAllowed letters may appear in a number; otherwise digits only
 */
public record EmployeeNoRules(int length, boolean autoIncrement, boolean lettersAllowed) {

    /** The person.employee_no column. */
    public static final int MAX_LENGTH = 32;
    /** Numbers with more digits than a BIGINT holds safely are kept, but never counted on from. */
    public static final int MAX_NUMERIC_DIGITS = 18;
    public static final String FIELD = "employeeNo";

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("[0-9A-Z]+");

    public EmployeeNoRules {
        if (length < 0 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("length must be 0.." + MAX_LENGTH);
        }
    }

    /**
     * The number as it will be stored (trimmed, letters upper-cased so {@code a1} and {@code A1}
     * cannot both exist), or why it breaks the rules.
     */
    public Outcome<String> check(String employeeNo) {
        String no = employeeNo == null ? "" : employeeNo.trim().toUpperCase(Locale.ROOT);
        if (no.isEmpty()) {
            return Outcome.invalid(FIELD, "must not be blank");
        }
        if (!LETTERS_AND_DIGITS.matcher(no).matches()) {
            return Outcome.invalid(FIELD, lettersAllowed ? "may contain only letters and digits"
                    : "may contain only digits");
        }
        if (!lettersAllowed && !DIGITS.matcher(no).matches()) {
            return Outcome.invalid(FIELD, "may contain only digits (letters are not enabled)");
        }
        if (length > 0 && no.length() != length) {
            return Outcome.invalid(FIELD, "must be exactly " + length + " characters");
        }
        if (no.length() > MAX_LENGTH) {
            return Outcome.invalid(FIELD, "must be at most " + MAX_LENGTH + " characters");
        }
        return Outcome.done(no);
    }

    /**
     * The automatic number after {@code highestInUse} (0 when there is none), or empty when it
     * no longer fits the fixed length.
     */
    public Optional<String> next(long highestInUse) {
        if (highestInUse < 0) {
            throw new IllegalArgumentException("highestInUse must not be negative");
        }
        String digits = Long.toString(highestInUse + 1);
        int width = length == 0 ? digits.length() : length;
        if (digits.length() > width || digits.length() > MAX_NUMERIC_DIGITS) {
            return Optional.empty();
        }
        return Optional.of("0".repeat(width - digits.length()) + digits);
    }

    /** The value auto-increment counts from: set for all-digit numbers of up to 18 digits. */
    public static Optional<Long> numericValue(String employeeNo) {
        if (employeeNo == null || employeeNo.length() > MAX_NUMERIC_DIGITS || !DIGITS.matcher(employeeNo).matches()) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(employeeNo));
    }
}
