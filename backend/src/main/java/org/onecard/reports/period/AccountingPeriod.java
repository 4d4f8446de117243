package org.onecard.reports.period;

import java.time.Instant;
import java.time.YearMonth;

/** A month's closing state; a month never closed has no row and is open. */
public record AccountingPeriod(YearMonth month, boolean closed, Instant closedAt, Long closedBy, Instant reopenedAt,
                               Long reopenedBy, String reopenReason) {
}
