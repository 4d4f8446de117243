package org.onecard.reports.summary;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.identity.CurrentUser;

/**
 * The outlets a report reads: those asked for, or every outlet the operator covers. Empty means
 * every outlet (an operator without an outlet scope who asked for none).
 */
public record OutletChoice(Set<Long> outletIds) {

    /** Asking for an outlet outside one's scope is refused (7021), not silently dropped. */
    public static Outcome<OutletChoice> of(List<Long> asked, CurrentUser user) {
        Set<Long> wanted = asked == null ? Set.of() : new TreeSet<>(asked);
        for (Long id : wanted) {
            if (id == null || !user.coversOutlet(id)) {
                return Outcome.refused(ResultCode.REPORT_OUTLET_OUT_OF_SCOPE,
                        "Outlet " + id + " is outside your outlet scope");
            }
        }
        return Outcome.done(new OutletChoice(wanted.isEmpty() ? user.outletScope() : wanted));
    }

    public boolean all() {
        return outletIds.isEmpty();
    }
}
