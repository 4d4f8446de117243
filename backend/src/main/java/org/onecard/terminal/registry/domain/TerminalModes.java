package org.onecard.terminal.registry.domain;

import org.onecard.terminal.authz.ModeSettings;

/**
 * What a purchase prices with, read in one query: the FIXED amount (null when none), the
 * same-card interval and the other modes' values with the switches by time of day.
 */
public record TerminalModes(Long fixedAmountFen, int sameCardIntervalSeconds, ModeSetup setup) {

    public ModeSettings settings() {
        return setup.settings(fixedAmountFen);
    }
}
