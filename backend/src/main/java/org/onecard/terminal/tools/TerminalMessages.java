package org.onecard.terminal.tools;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.onecard.common.text.Ascii;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.iso8583.PinBlock;

/**
 * Requests as a terminal builds them (openapi/terminal-protocol.md §2), without the MAC: the
 * sender adds it ({@link TerminalConnection#encode}). Traces are 1..999999, amounts whole fen.
 */
public final class TerminalMessages {

    /** Terminals' local time zone: fields 12 and 13 are Shanghai time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final int MAX_TRACE = 999_999;
    /** Field 4 holds 12 digits. */
    public static final long MAX_AMOUNT_FEN = 999_999_999_999L;
    /** Field 48 holds at most this many characters of offline records: with 12-digit serials, 23 records. */
    public static final int MAX_RECORDS_TEXT = 999;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMdd");

    private TerminalMessages() {
    }

    /** Field 41: a machine number as 8 digits, or an 8-digit code as it is. */
    public static String terminalCode(String machineNoOrCode) {
        if (machineNoOrCode.matches("\\d{8}")) {
            return machineNoOrCode;
        }
        if (machineNoOrCode.matches("\\d{1,3}")) {
            return Ascii.zeroPadded(Integer.parseInt(machineNoOrCode), 8);
        }
        throw new IllegalArgumentException("a terminal is a machine number (1-999) or an 8-digit code: " + machineNoOrCode);
    }

    public static String trace(int trace) {
        if (trace < 1 || trace > MAX_TRACE) {
            throw new IllegalArgumentException("a trace number is 1 to " + MAX_TRACE + ": " + trace);
        }
        return Ascii.zeroPadded(trace, 6);
    }

    /** Field 42: the outlet id right-aligned in 15 zero-padded digits. */
    public static String outlet(long outletId) {
        return Ascii.zeroPadded(outletId, 15);
    }

    public static IsoMessage signOn(String code, int trace, String serial) {
        return network(code, trace, "001").set(63, serial).build();
    }

    public static IsoMessage signOff(String code, int trace) {
        return network(code, trace, "002").build();
    }

    /** 0800 operator sign-on (field 70 = 101): the number in 62, the password as a PIN block in 52 (§2.8). */
    public static IsoMessage operatorSignOn(String code, int trace, String operatorNo, String password) {
        return network(code, trace, "101").set(62, operatorNo).set(52, PinBlock.of(password)).build();
    }

    public static IsoMessage operatorSignOff(String code, int trace) {
        return network(code, trace, "102").build();
    }

    /** 0200 void (processing code 200000) of the sale with retrieval reference {@code reference} (§2.8). */
    public static IsoMessage voidSale(String code, int trace, String credential, long amountFen, String reference,
                                      String supervisorPassword, long outletId, ZonedDateTime at) {
        return purchase(code, trace, credential, amountFen, outletId, at).toBuilder().set(3, "200000")
                .set(37, reference).set(52, PinBlock.of(supervisorPassword)).build();
    }

    /** 0200 correction at the terminal (processing code 220000): the admin card's serial in 62 (§2.8). */
    public static IsoMessage correction(String code, int trace, String credential, String adminSerial, long outletId,
                                        ZonedDateTime at) {
        return purchase(code, trace, credential, 0, outletId, at).toBuilder().set(3, "220000").remove(4)
                .set(62, adminSerial).build();
    }

    public static IsoMessage echo(String code, int trace) {
        return network(code, trace, "301").build();
    }

    /** 0200 purchase (processing code 000000) at the terminal's local time {@code at}. */
    public static IsoMessage purchase(String code, int trace, String credential, long amountFen, long outletId,
                                      ZonedDateTime at) {
        if (amountFen < 0 || amountFen > MAX_AMOUNT_FEN) {
            throw new IllegalArgumentException("an amount is 0 to " + MAX_AMOUNT_FEN + " fen: " + amountFen);
        }
        ZonedDateTime local = at.withZoneSameInstant(ZONE);
        return credential(IsoMessage.builder("0200"), credential).set(3, "000000")
                .set(4, Ascii.zeroPadded(amountFen, 12)).set(11, trace(trace)).set(12, TIME.format(local))
                .set(13, DATE.format(local)).set(41, code).set(42, outlet(outletId)).build();
    }

    /** Digits (up to 19) go in field 2; any other credential (a face id, {@code P:…}, {@code E:…}, a serial with letters) in field 61. */
    public static IsoMessage.Builder credential(IsoMessage.Builder message, String credential) {
        return credential.matches("\\d{1,19}") ? message.set(2, credential) : message.set(61, credential);
    }

    /** 0300 list download: {@code list} WHITELIST, BLACKLIST or FACE, from {@code version}, at most {@code max} entries. */
    public static IsoMessage listDownload(String code, int trace, String list, long version, int max, long cursor) {
        String request = Ascii.zeroPadded(version, 12) + Ascii.zeroPadded(max, 3)
                + (cursor > 0 ? Ascii.zeroPadded(cursor, 12) : "");
        return IsoMessage.builder("0300").set(11, trace(trace)).set(41, code).set(62, request).set(91, "5")
                .set(101, list).build();
    }

    /** 0200 balance enquiry (processing code 310000); the outlet is optional (null leaves field 42 out). */
    public static IsoMessage balance(String code, int trace, String credential, Long outletId) {
        IsoMessage.Builder b = credential(IsoMessage.builder("0200"), credential).set(3, "310000")
                .set(11, trace(trace)).set(41, code);
        return (outletId == null ? b : b.set(42, outlet(outletId))).build();
    }

    /** 0200 subsidy claim (processing code 170000): the holder's distributed subsidies, claimed now. */
    public static IsoMessage subsidyClaim(String code, int trace, String credential, Long outletId) {
        return balance(code, trace, credential, outletId).toBuilder().set(3, "170000").build();
    }

    /**
     * 0400 reversal of {@code original} (a 0200 as it was sent): its fields 2, 3, 4, 12, 13, 41
     * and 42 unchanged, the reversal's own trace, and field 90 naming the original's MTI, trace
     * and date and time (its fields 13 + 12).
     */
    public static IsoMessage reversal(String code, int trace, IsoMessage original) {
        IsoMessage.Builder b = IsoMessage.builder("0400").set(11, trace(trace)).set(41, code)
                .set(90, "0200" + original.text(11) + original.text(13) + original.text(12) + "0".repeat(22));
        for (int field : new int[] {2, 3, 4, 12, 13, 42, 48, 61}) {
            if (original.has(field)) {
                b.set(field, original.text(field));
            }
        }
        return b.build();
    }

    /** 0220 offline advice: a payment the terminal took on its own at {@code at}, in batch {@code batch}. */
    public static IsoMessage offlineAdvice(String code, int trace, String credential, long amountFen, long outletId,
                                           ZonedDateTime at, int batch) {
        return purchase(code, trace, credential, amountFen, outletId, at).toBuilder().mti("0220")
                .set(60, batch(batch)).build();
    }

    /** One record of a 0320 batch upload (field 48). */
    public record OfflineRecord(int trace, ZonedDateTime at, long amountFen, String credential) {

        /** Characters before the credential: trace 6, MMDD 4, hhmmss 6, amount 12, credential length 2. */
        public static final int FIXED_LENGTH = 30;

        /** trace, MMDD, hhmmss, amount, credential length, credential. */
        public String text() {
            ZonedDateTime local = at.withZoneSameInstant(ZONE);
            return TerminalMessages.trace(trace) + DATE.format(local) + TIME.format(local) + Ascii.zeroPadded(amountFen, 12)
                    + Ascii.zeroPadded(credential.length(), 2) + credential;
        }
    }

    /** 0320 batch upload of offline records; {@code trace} is the message's own. */
    public static IsoMessage batchUpload(String code, int trace, long outletId, int batch, List<OfflineRecord> records) {
        String text = records.stream().map(OfflineRecord::text).collect(Collectors.joining());
        if (records.isEmpty() || text.length() > MAX_RECORDS_TEXT) {
            throw new IllegalArgumentException("field 48 holds 1 to " + MAX_RECORDS_TEXT + " characters of records: "
                    + text.length());
        }
        return IsoMessage.builder("0320").set(11, trace(trace)).set(41, code).set(42, outlet(outletId))
                .set(48, text).set(60, batch(batch)).build();
    }

    /** 0500 settlement: the terminal's count and amount of the batch's offline records. */
    public static IsoMessage settlement(String code, int trace, long outletId, int batch, long count, long amountFen) {
        return IsoMessage.builder("0500").set(11, trace(trace)).set(41, code).set(42, outlet(outletId))
                .set(60, batch(batch)).set(76, Ascii.zeroPadded(count, 10))
                .set(88, Ascii.zeroPadded(amountFen, 16)).build();
    }

    /** Field 60: the batch number, 6 digits. */
    public static String batch(int batch) {
        if (batch < 0 || batch > 999_999) {
            throw new IllegalArgumentException("a batch number is 0 to 999999: " + batch);
        }
        return Ascii.zeroPadded(batch, 6);
    }

    private static IsoMessage.Builder network(String code, int trace, String function) {
        return IsoMessage.builder("0800").set(11, trace(trace)).set(41, code).set(70, function);
    }
}
