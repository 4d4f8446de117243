package org.onecard.subsidy.domain;

import java.util.Collection;

/**
 * What is left of a claimed subsidy when it expires. Spending draws first on the subsidy that
 * expires first, so the part of the wallet balance that belongs to this subsidy is what the
 * subsidies expiring after it (or never) do not account for, and never more than it granted.
 */
public final class ExpiryShare {

    private ExpiryShare() {
    }

    public static long remaining(SubsidyRecord expiring, long walletBalanceFen, Collection<SubsidyRecord> otherClaimed) {
        long later = 0;
        for (SubsidyRecord other : otherClaimed) {
            if (other.id() != expiring.id() && expiresAfter(other, expiring)) {
                later = Math.addExact(later, other.amountFen());
            }
        }
        return Math.max(0, Math.min(expiring.amountFen(), walletBalanceFen - later));
    }

    /** Later expiry; never expiring counts as latest; on the same day the later registered one. */
    static boolean expiresAfter(SubsidyRecord other, SubsidyRecord expiring) {
        if (other.expiresOn() == null) {
            return true;
        }
        if (expiring.expiresOn() == null) {
            return false;
        }
        int byDate = other.expiresOn().compareTo(expiring.expiresOn());
        return byDate > 0 || (byDate == 0 && other.id() > expiring.id());
    }
}
