package org.onecard.fleet.domain;

/** A fleet company takes new vehicles only while ACTIVE. */
public enum FleetState {
    ACTIVE,
    DISABLED
}
