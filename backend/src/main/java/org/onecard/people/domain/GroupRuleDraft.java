package org.onecard.people.domain;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;

/**
 * The terms of a group rule as an operator enters them.
 *
 * @param windowStart            first second of the window
 * @param windowEnd              last second of the window; a window over midnight is two rules
 * @param countLimit             transactions allowed in the window, 0 = no limit
 * @param perTransactionLimitFen largest single transaction, 0 = no limit
 * @param dailyLimitFen          total per day, 0 = no limit
 * @param discountPercent        charged = amount × discount / 100; 100 = full price
 */
public record GroupRuleDraft(LocalTime windowStart, LocalTime windowEnd, int countLimit, long perTransactionLimitFen,
                             long dailyLimitFen, int discountPercent) {

    /** Checks the terms against each other and against the group's other rules (the one being replaced excluded). */
    public Outcome<GroupRuleDraft> check(List<GroupRule> otherRules, int maxRulesPerGroup) {
        if (windowStart == null || windowEnd == null) {
            return Outcome.invalid(windowStart == null ? "windowStart" : "windowEnd", "is required");
        }
        GroupRuleDraft clean = new GroupRuleDraft(windowStart.truncatedTo(ChronoUnit.SECONDS),
                windowEnd.truncatedTo(ChronoUnit.SECONDS), countLimit, perTransactionLimitFen, dailyLimitFen,
                discountPercent);
        Outcome<GroupRuleDraft> terms = clean.checkTerms();
        if (!terms.isDone()) {
            return terms;
        }
        if (otherRules.size() >= maxRulesPerGroup) {
            return Outcome.refused(ResultCode.TOO_MANY_ITEMS, "A group has at most " + maxRulesPerGroup + " rules");
        }
        for (GroupRule other : otherRules) {
            if (other.overlaps(clean)) {
                return Outcome.refused(ResultCode.GROUP_RULE_OVERLAP, "The window " + clean.windowStart() + "–"
                        + clean.windowEnd() + " overlaps rule " + other.id() + " (" + other.windowStart() + "–"
                        + other.windowEnd() + ")");
            }
        }
        return Outcome.done(clean);
    }

    private Outcome<GroupRuleDraft> checkTerms() {
        if (!windowStart.isBefore(windowEnd)) {
            return Outcome.invalid("windowEnd", "must be after windowStart (split a window over midnight in two)");
        }
        if (countLimit < 0) {
            return Outcome.invalid("countLimit", "must be 0 (no limit) or more");
        }
        if (perTransactionLimitFen < 0) {
            return Outcome.invalid("perTransactionLimitFen", "must be 0 (no limit) or more");
        }
        if (dailyLimitFen < 0) {
            return Outcome.invalid("dailyLimitFen", "must be 0 (no limit) or more");
        }
        if (perTransactionLimitFen > 0 && dailyLimitFen > 0 && perTransactionLimitFen > dailyLimitFen) {
            return Outcome.invalid("perTransactionLimitFen", "must not be above dailyLimitFen");
        }
        if (discountPercent < 1 || discountPercent > 100) {
            return Outcome.invalid("discountPercent", "must be 1 to 100");
        }
        return Outcome.done(this);
    }
}
