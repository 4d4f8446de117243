package org.onecard.ledger.persistence;

/** Raised inside the booking transaction to roll it back when a wallet would go below zero. */
public class InsufficientFundsException extends RuntimeException {

    private final long accountId;

    public InsufficientFundsException(long accountId) {
        super("Account " + accountId + " has too little balance", null, false, false);
        this.accountId = accountId;
    }

    public long accountId() {
        return accountId;
    }
}
