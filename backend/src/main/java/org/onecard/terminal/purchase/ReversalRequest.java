package org.onecard.terminal.purchase;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.onecard.terminal.TerminalDates;
import org.onecard.terminal.iso8583.IsoMessage;

/**
 * A decoded 0400: the original purchase it reverses, as the fields the reversal repeats (2, 3, 4,
 * 12, 13, 42, unchanged from the original) describe it, under the original's idempotency key
 * rebuilt from field 90 (original MTI, trace and transmission date). The reversal's own trace
 * (field 11) plays no part: however often it is sent, it reverses that one original.
 *
 * @param original the original 0200 as this reversal describes it, keyed by the original's key
 * @param key      the reversal posting's key: {@code rev:} + the original's key
 */
record ReversalRequest(PurchaseRequest original, String key) {

    /** Field 90: original MTI (4), trace (6), transmission date and time MMDDhhmmss (10), 22 digits. */
    static final int ORIGINAL_DATA = 90;

    /** Empty when a required field is missing or unreadable, or field 90 names no 0200 (the caller answers "30"). */
    static Optional<ReversalRequest> parse(IsoMessage m, String terminalCode, LocalDate serverDay, ZoneId zone) {
        String data = m.text(ORIGINAL_DATA);
        if (data == null || data.length() != 42 || !"0200".equals(data.substring(0, 4))) {
            return Optional.empty();
        }
        String trace = data.substring(4, 10);
        try {
            String originalKey = TerminalDates.key(terminalCode, trace,
                    TerminalDates.dayNear(data.substring(10, 14), serverDay));
            return PurchaseRequest.parse(m, terminalCode, serverDay, zone).map(p -> new ReversalRequest(
                    new PurchaseRequest(p.credential(), p.amountFen(), p.entry(), p.overdraftPassword(), trace,
                            p.outlet(), p.occurredAt(), originalKey, p.scanned()),
                    "rev:" + originalKey));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
