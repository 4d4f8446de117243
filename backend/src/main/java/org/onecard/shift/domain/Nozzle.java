package org.onecard.shift.domain;

/**
 * A dispenser's nozzle with its last totaliser readings (those of the last hand-over on it; null
 * before the first).
 *
 * @param openShiftId the shift now on it, or null
 */
public record Nozzle(long id, long terminalId, int nozzleNo, String productName, boolean enabled, Long openShiftId,
                     Long lastVolume, Long lastAmountFen) {
}
