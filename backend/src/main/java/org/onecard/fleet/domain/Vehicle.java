package org.onecard.fleet.domain;

import java.time.LocalDate;

/** A stored vehicle, with its fleet company's code and name when it has one. */
public record Vehicle(long id, String plate, String driverName, String driverIdNo, String phone, String ownerName,
                      String vehicleType, Long fleetId, String fleetCode, String fleetName, LocalDate cylinderDueOn,
                      long cardCount) {

    /** Overdue from the day after the due date: on the due date itself the cylinder still passes. */
    public boolean cylinderOverdue(LocalDate today) {
        return today.isAfter(cylinderDueOn);
    }
}
