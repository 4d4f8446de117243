package org.onecard.shift.domain;

import java.time.Instant;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;

/**
 * What a hand-over does on one nozzle, decided without the database: end the open shift at the
 * reading, start a new one at it, or both. Checked in this order: an open shift must be ended by
 * its own card (8069) and a nozzle on shift cannot be started without ending it (8070); the end
 * reading must not be below the start (8068) nor the time before the start (1001). A start whose
 * reading differs from the nozzle's last end is a mismatch: kept as read and flagged.
 *
 * @param ends     the open shift this ends, or null
 * @param starts   whether a new shift starts
 * @param mismatch whether the start differs from the last end (then lastEnd holds it)
 */
public record NozzleStep(Reading reading, OpenShift ends, boolean starts, boolean mismatch, Reading lastEnd) {

    /**
     * @param open     the nozzle's open shift, or null
     * @param lastEnd  the reading its last shift ended at, or null (never ended one; an open shift ends here)
     * @param outgoing the outgoing card's id, or null
     * @param incoming the incoming card's id, or null
     */
    public static Outcome<NozzleStep> decide(Reading reading, OpenShift open, Reading lastEnd, Long outgoing,
                                             Long incoming, Instant at) {
        int no = reading.nozzleNo();
        if (outgoing != null && (open == null || open.cardId() != outgoing)) {
            return Outcome.refused(ResultCode.HANDOVER_NOT_ON_SHIFT, "Nozzle " + no
                    + (open == null ? " has nobody on shift" : " is on shift for another card"));
        }
        if (outgoing == null && open != null) {
            return Outcome.refused(ResultCode.HANDOVER_SHIFT_OPEN, "Nozzle " + no
                    + " is on shift; the outgoing card must hand it over");
        }
        if (open != null && (reading.volume() < open.startVolume() || reading.amountFen() < open.startAmountFen())) {
            return Outcome.refused(ResultCode.HANDOVER_READING_BACKWARDS, "Nozzle " + no + " reads "
                    + reading.volume() + "/" + reading.amountFen() + ", below its shift's start "
                    + open.startVolume() + "/" + open.startAmountFen());
        }
        if (open != null && at.isBefore(open.startedAt())) {
            return Outcome.invalid("occurredAt", "must not be before the shift on nozzle " + no + " started");
        }
        Reading previous = open != null ? reading : lastEnd;
        boolean mismatch = incoming != null && previous != null
                && (previous.volume() != reading.volume() || previous.amountFen() != reading.amountFen());
        return Outcome.done(new NozzleStep(reading, open, incoming != null, mismatch, mismatch ? previous : null));
    }
}
