package org.onecard.shift.domain;

/**
 * A card as a hand-over or a team sees it.
 *
 * @param teamId       its team, or null
 * @param teamOutletId its team's station, or null
 */
public record StaffCard(long id, String serial, String kind, String status, Long teamId, Long teamOutletId) {

    /** A live card registered as a shift card (CardKinds SHIFT). */
    public boolean usableShiftCard() {
        return "SHIFT".equals(kind) && "NORMAL".equals(status);
    }
}
