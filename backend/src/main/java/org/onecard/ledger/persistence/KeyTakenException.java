package org.onecard.ledger.persistence;

/** Another request with the same idempotency key got there first. */
public class KeyTakenException extends RuntimeException {

    public KeyTakenException(String key, Throwable cause) {
        super("Idempotency key already used: " + key, cause, false, false);
    }
}
