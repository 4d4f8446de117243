package org.onecard.terminal.purchase;

import org.onecard.terminal.iso8583.PinBlock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.onecard.paycode.domain.PayCodeToken;
import org.onecard.payments.domain.PaymentChannel;
import org.onecard.payments.domain.PaymentCodes;
import org.onecard.terminal.TerminalDates;
import org.onecard.terminal.authz.Entry;
import org.onecard.terminal.iso8583.IsoMessage;

/**
 * A decoded 0200: the credential (field 2, field 61 for one that is not digits, or field 62 for a
 * code the terminal's scanner read, then {@code scanned}: a cardholder's OneCard pay code, or a
 * payer's WeChat / Alipay payment code, {@link #gateway()}), the amount
 * (4; 0 when absent), the work-mode entry (48 with 4, see {@link ModeEntryField}), the overdraft
 * password (52, {@link PinBlock}; null when absent), the trace (11), the terminal's
 * local time (12/13, the year being the one that puts the date nearest the server's) and the
 * idempotency key {@code term:<41>:<11>:<yyyyMMdd>} whose date is field 7's when present, else
 * field 13's.
 */
record PurchaseRequest(String credential, long amountFen, Entry entry, String overdraftPassword, String trace,
                       String outlet, Instant occurredAt, String key, boolean scanned) {

    /** Field 61: a credential field 2 cannot carry (a face id, P:&lt;person id&gt;, E:&lt;employee no&gt;). */
    static final int CREDENTIAL = 61;
    static final int MAX_CREDENTIAL = 64;
    /** Field 62: what the terminal's scanner read (a cardholder's pay code), instead of fields 2 and 61. */
    static final int SCANNED = 62;

    /** Empty when a required field is missing or unreadable (the caller answers "30"). */
    static Optional<PurchaseRequest> parse(IsoMessage m, String terminalCode, LocalDate serverDay, ZoneId zone) {
        // field 62 is a pay code on a purchase only: a correction carries the admin card's serial there (§2.8)
        boolean scanned = m.has(SCANNED) && PurchaseHandler.PURCHASE.equals(m.text(3));
        String credential = scanned ? scanned(m) : credential(m);
        String trace = m.text(11);
        String time = m.text(12);
        String date = m.text(13);
        String outlet = m.text(42);
        if (credential == null || trace == null || time == null || date == null || outlet == null) {
            return Optional.empty();
        }
        try {
            LocalDate localDay = dayNear(date, serverDay);
            LocalTime localTime = LocalTime.parse(time, DateTimeFormatter.ofPattern("HHmmss"));
            String transmission = m.has(7) ? m.text(7).substring(0, 4) : date;
            String key = TerminalDates.key(terminalCode, trace, dayNear(transmission, serverDay));
            Instant at = LocalDateTime.of(localDay, localTime).atZone(zone).toInstant();
            Long amount = m.has(4) ? Long.parseLong(m.text(4)) : null;
            Entry entry = ModeEntryField.entry(m.has(48) ? m.text(48) : null, amount);
            String password = m.has(52) ? PinBlock.digits(m.bytes(52)) : null;
            return Optional.of(new PurchaseRequest(credential, amount == null ? 0 : amount, entry, password, trace,
                    outlet.trim(), at, key, scanned));
        } catch (DateTimeException | IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** Field 2's digits or field 61's text, trimmed; null when neither, both, or a blank or overlong one. */
    static String credential(IsoMessage m) {
        if (m.has(2) == m.has(CREDENTIAL)) {
            return null;
        }
        String text = m.has(2) ? m.text(2).trim() : m.text(CREDENTIAL).trim();
        return text.isEmpty() || text.length() > MAX_CREDENTIAL ? null : text;
    }

    /** Field 62's text, trimmed; null when field 2 or 61 is there too, or it is blank or overlong. */
    static String scanned(IsoMessage m) {
        if (m.has(2) || m.has(CREDENTIAL)) {
            return null;
        }
        String text = m.text(SCANNED).trim();
        return text.isEmpty() || text.length() > PayCodeToken.MAX_LENGTH ? null : text;
    }

    /** The gateway whose payment code field 62 carries (WeChat / Alipay micropay); empty for anything else. */
    Optional<PaymentChannel> gateway() {
        return scanned ? PaymentCodes.channelOf(credential) : Optional.empty();
    }

    /** The password never reaches a log line. */
    @Override
    public String toString() {
        return "PurchaseRequest[" + credential + ", " + amountFen + " fen, " + entry + ", password "
                + (overdraftPassword == null ? "absent" : "given") + ", " + key + "]";
    }

    static LocalDate dayNear(String mmdd, LocalDate serverDay) {
        return TerminalDates.dayNear(mmdd, serverDay);
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
