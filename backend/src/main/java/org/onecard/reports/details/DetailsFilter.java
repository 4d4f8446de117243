package org.onecard.reports.details;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.identity.CurrentUser;
import org.onecard.reports.summary.OutletChoice;
import org.onecard.reports.summary.OutletReport;
import org.onecard.reports.summary.ReportRange;

/**
 * Which detail rows: a range of accounting dates (7020), kinds (7040; none: every kind), outlets the
 * operator covers (7021), and optionally a department and those under it (by code), a person, a card
 * (by number), a terminal (its code), an operator and a meal period. Ids must be positive and texts
 * at most 32 characters (7042); a blank text filters nothing.
 */
public record DetailsFilter(ReportRange range, Set<DetailKind> kinds, OutletChoice outlets, String departmentCode,
                            Long personId, String cardNo, String terminal, Long operatorId, Integer mealPeriodId) {

    static final int MAX_TEXT = 32;

    /** What the request asked for, as it came. */
    public record Asked(LocalDate from, LocalDate to, List<String> kinds, List<Long> outletIds, String departmentCode,
                        Long personId, String cardNo, String terminal, Long operatorId, Integer mealPeriodId) {
    }

    public DetailsFilter {
        kinds = kinds.isEmpty() ? EnumSet.allOf(DetailKind.class) : EnumSet.copyOf(kinds);
    }

    public static Outcome<DetailsFilter> of(Asked a, CurrentUser user) {
        Outcome<OutletReport> report = OutletReport.of(a.from(), a.to(), a.outletIds(), user);
        if (!(report instanceof Outcome.Done<OutletReport> r)) {
            return ((Outcome.Refused<OutletReport>) report).cast();
        }
        Set<DetailKind> kinds = EnumSet.noneOf(DetailKind.class);
        for (String name : a.kinds() == null ? List.<String>of() : a.kinds()) {
            Optional<DetailKind> kind = DetailKind.named(name);
            if (kind.isEmpty()) {
                return Outcome.refused(ResultCode.DETAILS_KIND_UNKNOWN, "Unknown kind " + name);
            }
            kinds.add(kind.get());
        }
        String bad = badFilter(a);
        if (bad != null) {
            return Outcome.refused(ResultCode.DETAILS_FILTER_INVALID, bad);
        }
        return Outcome.done(new DetailsFilter(r.value().range(), kinds, r.value().outlets(), text(a.departmentCode()),
                a.personId(), text(a.cardNo()), text(a.terminal()), a.operatorId(), a.mealPeriodId()));
    }

    /** Whether every kind is asked for (no code filter beyond the report's own). */
    public boolean allKinds() {
        return kinds.size() == DetailKind.values().length;
    }

    private static String badFilter(Asked a) {
        if (a.personId() != null && a.personId() <= 0 || a.operatorId() != null && a.operatorId() <= 0
                || a.mealPeriodId() != null && a.mealPeriodId() <= 0) {
            return "personId, operatorId and mealPeriodId must be positive";
        }
        for (String text : new String[] {a.departmentCode(), a.cardNo(), a.terminal()}) {
            if (text != null && text.trim().length() > MAX_TEXT) {
                return "departmentCode, cardNo and terminal are at most " + MAX_TEXT + " characters";
            }
        }
        return null;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
