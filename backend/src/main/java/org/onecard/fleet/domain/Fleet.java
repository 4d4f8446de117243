package org.onecard.fleet.domain;

/** A stored fleet company (车队/单位) with how many vehicles it has. */
public record Fleet(long id, String code, String name, String contactName, String phone, String address,
                    FleetState state, long vehicleCount) {
}
