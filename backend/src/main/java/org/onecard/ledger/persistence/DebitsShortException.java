package org.onecard.ledger.persistence;

/**
 * Raised inside a batch's transaction when one statement's conditional debits did not all apply:
 * some wallet could not cover its debit, which one the statement does not say. The batch rolls back
 * and is tried again debiting one wallet per statement, which names it.
 */
public class DebitsShortException extends RuntimeException {

    public DebitsShortException(long applied, long asked) {
        super(applied + " of " + asked + " debits applied", null, false, false);
    }
}
