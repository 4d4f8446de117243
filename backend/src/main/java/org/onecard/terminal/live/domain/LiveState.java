package org.onecard.terminal.live.domain;

import java.time.Instant;

/**
 * A terminal's live state.
 *
 * @param online            it has a connection bound to this server instance now
 * @param lastSeenAt        its last accepted message (any kind, echo included)
 * @param lastTransactionAt its last transaction (purchase, enquiry, …), at the server
 * @param lastTrace         that transaction's trace number
 */
public record LiveState(boolean online, Instant lastSeenAt, Instant lastTransactionAt, Integer lastTrace) {

    public static final LiveState NEVER = new LiveState(false, null, null, null);

    /** The later of each part (online from this one): memory and database each know some. */
    public LiveState merge(LiveState other) {
        boolean otherTxLater = later(other.lastTransactionAt, lastTransactionAt);
        return new LiveState(online, later(other.lastSeenAt, lastSeenAt) ? other.lastSeenAt : lastSeenAt,
                otherTxLater ? other.lastTransactionAt : lastTransactionAt, otherTxLater ? other.lastTrace : lastTrace);
    }

    private static boolean later(Instant a, Instant b) {
        return a != null && (b == null || a.isAfter(b));
    }
}
