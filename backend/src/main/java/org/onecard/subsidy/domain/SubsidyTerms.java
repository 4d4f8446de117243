package org.onecard.subsidy.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The last valid day of a new subsidy: the date the operator gave, else the system's subsidy
 * validity counted from today (0 = no limit); with month-only subsidies never past the end of
 * the subsidy's month.
 */
public final class SubsidyTerms {

    private SubsidyTerms() {
    }

    /** Empty when the subsidy would already be expired today. */
    public static Optional<Expiry> expiry(Optional<LocalDate> requested, YearMonth month, LocalDate today,
                                          int validityDays, boolean monthOnly) {
        LocalDate date = requested.orElse(validityDays > 0 ? today.plusDays(validityDays) : null);
        if (monthOnly) {
            LocalDate monthEnd = month.atEndOfMonth();
            date = date == null || date.isAfter(monthEnd) ? monthEnd : date;
        }
        if (date != null && date.isBefore(today)) {
            return Optional.empty();
        }
        return Optional.of(new Expiry(date));
    }

    /** @param lastValidDay null: never expires */
    public record Expiry(LocalDate lastValidDay) {
    }
}
