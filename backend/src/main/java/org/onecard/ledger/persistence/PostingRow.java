package org.onecard.ledger.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A stored posting: the first answer to an idempotency key. */
public record PostingRow(
        long id,
        String idempotencyKey,
        String requestHash,
        String status,
        int resultCode,
        boolean overdrawn,
        Instant receivedAt,
        LocalDate accountingDate) {

    public static final String POSTED = "POSTED";
    public static final String DECLINED = "DECLINED";
    /** A use that moved no money (Ledger.record): answered OK, with no transfers. */
    public static final String RECORDED = "RECORDED";
}
