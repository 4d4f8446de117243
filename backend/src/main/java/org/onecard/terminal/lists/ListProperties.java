package org.onecard.terminal.lists;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * List download ({@code onecard.lists.*}).
 *
 * @param settleTime a list change reaches terminals once it is this old. A change's version is its
 *                   row id, taken when the row is inserted; a transaction that inserted a lower id can
 *                   commit after a higher one is visible, and a terminal that had already moved past it
 *                   would never get it. Waiting until every transaction that could hold a lower id has
 *                   ended (card and face changes take well under half of this) closes that gap.
 *                   0 turns the wait off (tests).
 */
@ConfigurationProperties("onecard.lists")
public record ListProperties(@DefaultValue("10s") Duration settleTime) {

    public ListProperties {
        if (settleTime.isNegative()) {
            throw new IllegalArgumentException("onecard.lists.settle-time must not be negative");
        }
    }
}
