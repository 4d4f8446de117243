package org.onecard.shift.domain;

import java.time.Instant;

/** The shift now on a nozzle, as the hand-over decision needs it. */
public record OpenShift(long id, long cardId, Instant startedAt, long startVolume, long startAmountFen) {
}
