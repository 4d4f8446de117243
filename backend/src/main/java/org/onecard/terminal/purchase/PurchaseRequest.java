package org.onecard.terminal.purchase;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.onecard.terminal.iso8583.IsoMessage;

/**
 * A decoded 0200: the credential (field 2), the amount (4), the trace (11), the terminal's local
 * time (12/13, the year being the one that puts the date nearest the server's) and the
 * idempotency key {@code term:<41>:<11>:<yyyyMMdd>} whose date is field 7's when present, else
 * field 13's.
 */
record PurchaseRequest(String credential, long amountFen, String trace, String outlet, Instant occurredAt,
                       String key) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** Empty when a required field is missing or unreadable (the caller answers "30"). */
    static Optional<PurchaseRequest> parse(IsoMessage m, String terminalCode, LocalDate serverDay, ZoneId zone) {
        String credential = m.text(2);
        String amount = m.text(4);
        String trace = m.text(11);
        String time = m.text(12);
        String date = m.text(13);
        String outlet = m.text(42);
        if (credential == null || credential.isBlank() || amount == null || trace == null || time == null
                || date == null || outlet == null) {
            return Optional.empty();
        }
        try {
            LocalDate localDay = dayNear(date, serverDay);
            LocalTime localTime = LocalTime.parse(time, DateTimeFormatter.ofPattern("HHmmss"));
            String transmission = m.has(7) ? m.text(7).substring(0, 4) : date;
            String key = "term:" + terminalCode + ":" + trace + ":" + DAY.format(dayNear(transmission, serverDay));
            Instant at = LocalDateTime.of(localDay, localTime).atZone(zone).toInstant();
            return Optional.of(new PurchaseRequest(credential.trim(), Long.parseLong(amount), trace, outlet.trim(),
                    at, key));
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** MMDD in the year (server's, previous or next) that lies nearest the server's day. */
    static LocalDate dayNear(String mmdd, LocalDate serverDay) {
        MonthDay md = MonthDay.parse("--" + mmdd.substring(0, 2) + "-" + mmdd.substring(2, 4));
        LocalDate best = null;
        for (int year = serverDay.getYear() - 1; year <= serverDay.getYear() + 1; year++) {
            if (!md.isValidYear(year)) {
                continue;
            }
            LocalDate candidate = md.atYear(year);
            if (best == null || distance(candidate, serverDay) < distance(best, serverDay)) {
                best = candidate;
            }
        }
        if (best == null) {
            throw new DateTimeException("no year holds " + mmdd);
        }
        return best;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    /** Whether field 42 names this outlet: its id, right-aligned and zero-padded to 15 digits (or not). */
    boolean outletIs(long outletId) {
        try {
            return Long.parseLong(outlet) == outletId;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
