package org.onecard.terminal.registry.domain;

import java.time.Instant;
import org.onecard.terminal.TerminalPurpose;
import org.onecard.terminal.WorkMode;

/**
 * A registered terminal as operators see it; never its MAC key.
 *
 * @param code           the field-41 terminal id, {@code TerminalAuth.codeOf(machineNo)}
 * @param fixedAmountFen the amount of the FIXED work mode; null for the other modes
 * @param setup          the other modes' values and the switches of mode by time of day
 * @param lastTrace      the last trace number it transacted with; null while it never has
 */
public record Terminal(
        long id,
        int machineNo,
        String code,
        String serial,
        String model,
        TerminalPurpose purpose,
        long outletId,
        String outletName,
        WorkMode mode,
        Long fixedAmountFen,
        ModeSetup setup,
        int sameCardIntervalSeconds,
        boolean enabled,
        int keyVersion,
        Instant createdAt,
        Instant updatedAt,
        Instant lastSeenAt,
        Integer lastTrace) {

    public Terminal withSetup(ModeSetup other) {
        return new Terminal(id, machineNo, code, serial, model, purpose, outletId, outletName, mode, fixedAmountFen,
                other, sameCardIntervalSeconds, enabled, keyVersion, createdAt, updatedAt, lastSeenAt, lastTrace);
    }

    /** Whether it has ever transacted; such a terminal stays for its records. */
    public boolean hasTransacted() {
        return lastTrace != null;
    }
}
