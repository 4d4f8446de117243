package org.onecard.subsidy.domain;

/** Where a subsidy is in its life; see the package description. */
public enum SubsidyStatus {
    REGISTERED,
    DISTRIBUTED,
    CLAIMED,
    EXPIRED,
    SUPERSEDED,
    REVERSED,
    DELETED;

    /** Not yet in a wallet: a card cancel must wait until these are distributed or deleted. */
    public boolean pending() {
        return this == REGISTERED || this == DISTRIBUTED;
    }
}
