package org.onecard.fleet.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One change of a vehicle's cylinder inspection due date, with who made it and why. */
public record CylinderChange(long id, long vehicleId, LocalDate oldDueOn, LocalDate newDueOn, String note,
                             long operatorId, String operatorName, Instant changedAt) {

    public static final int MAX_NOTE = 200;
}
