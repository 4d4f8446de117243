package org.onecard.reports.summary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;

/** The accounting dates a report covers, both ends included: at most {@link #MAX_DAYS} days. */
public record ReportRange(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    /** The range, or 7020 when an end is missing, from is after to, or it spans more than a year. */
    public static Outcome<ReportRange> of(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return Outcome.refused(ResultCode.REPORT_RANGE_INVALID, "from and to are required");
        }
        if (to.isBefore(from)) {
            return Outcome.refused(ResultCode.REPORT_RANGE_INVALID, "from " + from + " is after to " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            return Outcome.refused(ResultCode.REPORT_RANGE_INVALID, "at most " + MAX_DAYS + " days");
        }
        return Outcome.done(new ReportRange(from, to));
    }
}
