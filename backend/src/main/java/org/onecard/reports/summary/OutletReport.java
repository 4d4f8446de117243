package org.onecard.reports.summary;

import java.time.LocalDate;
import java.util.List;
import org.onecard.common.outcome.Outcome;
import org.onecard.identity.CurrentUser;

/** What an outlet-scoped report reads: a valid range (7020) and outlets the operator covers (7021). */
public record OutletReport(ReportRange range, OutletChoice outlets) {

    public static Outcome<OutletReport> of(LocalDate from, LocalDate to, List<Long> outletIds, CurrentUser user) {
        Outcome<ReportRange> range = ReportRange.of(from, to);
        if (!(range instanceof Outcome.Done<ReportRange> r)) {
            return ((Outcome.Refused<ReportRange>) range).cast();
        }
        Outcome<OutletChoice> outlets = OutletChoice.of(outletIds, user);
        if (!(outlets instanceof Outcome.Done<OutletChoice> o)) {
            return ((Outcome.Refused<OutletChoice>) outlets).cast();
        }
        return Outcome.done(new OutletReport(r.value(), o.value()));
    }
}
