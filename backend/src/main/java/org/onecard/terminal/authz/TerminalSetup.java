package org.onecard.terminal.authz;

import java.util.List;
import java.util.Objects;
import org.onecard.terminal.TerminalAuth;

/**
 * A terminal as authorisation sees it: its registration, the values of its work modes, the
 * same-card interval and the optional switches of mode by time of day.
 *
 * @param sameCardIntervalSeconds the least time between two uses of one card on any terminal;
 *                                0 = no interval
 * @param switches                windows of the day in which another mode (and fixed amount)
 *                                replaces the registered one; empty = never switch
 */
public record TerminalSetup(TerminalAuth auth, ModeSettings settings, int sameCardIntervalSeconds,
                            List<ModeWindow> switches) {

    public TerminalSetup {
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(settings, "settings");
        if (sameCardIntervalSeconds < 0) {
            throw new IllegalArgumentException("sameCardIntervalSeconds must be 0 or more");
        }
        switches = switches == null ? List.of() : List.copyOf(switches);
    }
}
