package org.onecard.terminal.offline;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.onecard.common.Sha256;
import org.onecard.common.text.Ascii;
import org.onecard.terminal.TerminalDates;

/**
 * One consumption a terminal recorded offline: who paid (a card serial or number), how much (fen,
 * as charged by the terminal), when (the terminal's local time), under its trace number and batch.
 * Keyed like an online request, {@code term:<41>:<trace>:<yyyyMMdd of the record's date>}, so a
 * record arriving as an advice, in a batch upload and in a USB file is taken once.
 */
public record OfflineRecord(String terminalCode, String trace, String batchNo, String credential, long amountFen,
                            Instant occurredAt, String key, Source source) {

    /** How the record reached the server. */
    public enum Source { ADVICE, BATCH, FILE }

    public static final long MAX_AMOUNT_FEN = 99_999_999L;
    private static final DateTimeFormatter HHMMSS = DateTimeFormatter.ofPattern("HHmmss");

    /**
     * From the terminal's fields: trace (6 digits), date MMDD, time hhmmss; empty when any is
     * unreadable, the credential is blank or longer than 64, or the amount is not 1 fen to
     * {@link #MAX_AMOUNT_FEN}.
     */
    public static Optional<OfflineRecord> of(String terminalCode, String trace, String batchNo, String credential,
                                             String amountFen, String mmdd, String hhmmss, LocalDate serverDay,
                                             ZoneId zone, Source source) {
        // trim() also drops control characters, which isBlank() does not count as blank (found by fuzzing)
        String payer = credential == null ? "" : credential.trim();
        if (!Ascii.digits(trace, 6, 6) || !Ascii.digits(batchNo, 6, 6)
                || payer.isEmpty() || payer.length() > 64
                || !Ascii.digits(amountFen, 1, 12) || hhmmss == null) {
            return Optional.empty();
        }
        long amount = Long.parseLong(amountFen);
        if (amount < 1 || amount > MAX_AMOUNT_FEN) {
            return Optional.empty();
        }
        try {
            LocalDate day = TerminalDates.dayNear(mmdd, serverDay);
            Instant at = LocalDateTime.of(day, LocalTime.parse(hhmmss, HHMMSS)).atZone(zone).toInstant();
            return Optional.of(new OfflineRecord(terminalCode, trace, batchNo, payer, amount, at,
                    TerminalDates.key(terminalCode, trace, day), source));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** What a repeat of the record must carry again: credential, amount and time. */
    public String hash() {
        return Sha256.hex(credential + "|" + amountFen + "|" + occurredAt);
    }
}
