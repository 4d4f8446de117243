package org.onecard.people.domain;

import java.time.LocalTime;

/**
 * An online transaction rule (联机交易规则) of a group for one time window of the day. The
 * window includes both ends; a limit of 0 means none. Terminals enforce it; here it is kept.
 */
public record GroupRule(long id, long groupId, GroupRuleDraft terms) {

    public boolean overlaps(GroupRuleDraft other) {
        return !terms.windowStart().isAfter(other.windowEnd()) && !other.windowStart().isAfter(terms.windowEnd());
    }

    public LocalTime windowStart() {
        return terms.windowStart();
    }

    public LocalTime windowEnd() {
        return terms.windowEnd();
    }
}
