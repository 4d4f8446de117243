package org.onecard.subsidy.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** A stored subsidy. {@code expiresOn} null: it never expires; it is valid through that day. */
public record SubsidyRecord(
        long id,
        long personId,
        long amountFen,
        SubsidyMode mode,
        YearMonth month,
        LocalDate expiresOn,
        SubsidyStatus status,
        String batchRef,
        String note,
        Instant registeredAt,
        Instant distributedAt,
        Instant claimedAt,
        Instant closedAt,
        Long clearedFen) {

    /** Past its last valid day on {@code today}. */
    public boolean expiredOn(LocalDate today) {
        return expiresOn != null && expiresOn.isBefore(today);
    }
}
