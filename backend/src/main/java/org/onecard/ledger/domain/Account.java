package org.onecard.ledger.domain;

/**
 * A ledger account. {@code balance} is the stored balance for wallets and the sum of postings
 * for counter-accounts.
 */
public record Account(long id, AccountKind kind, String ownerType, long ownerId, String name, long balance) {

    public Unit unit() {
        return kind.unit();
    }
}
