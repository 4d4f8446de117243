package org.onecard.terminal.authz;

import java.time.LocalTime;
import org.onecard.terminal.WorkMode;

/** The mode and values a terminal prices with at a time of day, after its automatic switches. */
public record EffectiveMode(WorkMode mode, ModeSettings settings) {

    /** The first switch window covering the time wins; outside every window the registered mode applies. */
    public static EffectiveMode at(TerminalSetup terminal, LocalTime time) {
        return terminal.switches().stream()
                .filter(w -> w.covers(time))
                .findFirst()
                .map(w -> new EffectiveMode(w.mode(), terminal.settings().withFixedAmount(w.fixedAmountFen())))
                .orElseGet(() -> new EffectiveMode(terminal.auth().mode(), terminal.settings()));
    }
}
