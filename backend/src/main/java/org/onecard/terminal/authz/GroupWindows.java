package org.onecard.terminal.authz;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.onecard.people.domain.GroupRule;

/** Which of a group's rules applies at a time of day. */
public final class GroupWindows {

    private GroupWindows() {
    }

    /**
     * The rule whose window holds the time; windows include both ends to the second (the end is
     * the window's last second), and rules of one group never overlap.
     */
    public static Optional<GroupRule> at(List<GroupRule> rules, LocalTime time) {
        LocalTime second = time.truncatedTo(ChronoUnit.SECONDS);
        return rules.stream()
                .filter(r -> !second.isBefore(r.windowStart()) && !second.isAfter(r.windowEnd()))
                .findFirst();
    }
}
