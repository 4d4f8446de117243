package org.onecard.shift.domain;

import java.time.Instant;

/** A recorded hand-over as history shows it; the shifts it ended and started are read apart. */
public record HandOver(long id, long terminalId, int machineNo, String outgoingSerial, String incomingSerial,
                       String source, String recordedBy, Instant occurredAt, boolean mismatch) {
}
