package org.onecard.payments.domain;

/**
 * Where a payment order stands. CREATED waits for the cardholder to pay; PAID means the cash
 * wallet was credited (once); CLOSED was never paid (a late payment still turns it PAID, since the
 * gateway took the money); REFUNDED has had money sent back.
 */
public enum OrderStatus {
    CREATED,
    PAID,
    CLOSED,
    REFUNDED;

    /** Whether a confirmed payment may still credit the order. */
    public boolean awaitsPayment() {
        return this == CREATED || this == CLOSED;
    }
}
