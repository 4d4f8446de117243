package org.onecard.shift.domain;

import java.time.Instant;

/**
 * A shift of one staff card on one nozzle as reports and views show it; end readings null while open.
 *
 * @param prevEndVolume the previous shift's end when this start differs from it (startMismatch), else null
 */
public record NozzleShift(long id, long terminalId, int machineNo, int nozzleNo, String productName, long cardId,
                          String cardSerial, String holderName, long teamId, String teamName, Instant startedAt,
                          long startVolume, long startAmountFen, boolean startMismatch, Long prevEndVolume,
                          Long prevEndAmountFen, Instant endedAt, Long endVolume, Long endAmountFen) {

    /** Volume dispensed by the totaliser over the shift; null while open. */
    public Long dispensedVolume() {
        return endVolume == null ? null : Math.subtractExact(endVolume, startVolume);
    }

    /** Amount dispensed by the totaliser over the shift, in fen; null while open. */
    public Long dispensedAmountFen() {
        return endAmountFen == null ? null : Math.subtractExact(endAmountFen, startAmountFen);
    }
}
