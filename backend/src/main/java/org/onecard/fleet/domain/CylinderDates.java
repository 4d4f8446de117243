package org.onecard.fleet.domain;

import java.time.LocalDate;
import org.onecard.common.outcome.Outcome;

/** A cylinder inspection due date an operator may enter: this century's, so a slip of the year is caught. */
public final class CylinderDates {

    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2099, 12, 31);

    private CylinderDates() {
    }

    public static Outcome<LocalDate> check(LocalDate dueOn) {
        if (dueOn == null) {
            return Outcome.invalid("cylinderDueOn", "is required");
        }
        if (dueOn.isBefore(FIRST) || dueOn.isAfter(LAST)) {
            return Outcome.invalid("cylinderDueOn", "must be from " + FIRST + " to " + LAST);
        }
        return Outcome.done(dueOn);
    }
}
