package org.onecard.rules;

import java.time.Duration;

/** How long parameters, meal periods and card types are kept between reads of the database. */
final class RulesCache {

    /**
     * A change made through this server is seen at once; one made by another server instance (or
     * by hand in the database) within this time.
     */
    static final Duration TTL = Duration.ofSeconds(2);

    private RulesCache() {
    }
}
