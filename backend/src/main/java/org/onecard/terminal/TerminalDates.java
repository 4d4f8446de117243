package org.onecard.terminal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;

/**
 * Terminals send dates without a year (MMDD): the year is the one that puts the date nearest the
 * server's day. Requests are keyed {@code term:<41>:<11>:<yyyyMMdd>} (openapi/terminal-protocol.md §2.2).
 */
public final class TerminalDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private TerminalDates() {
    }

    /** The idempotency key of a terminal's request. */
    public static String key(String terminalCode, String trace, LocalDate day) {
        return "term:" + terminalCode + ":" + trace + ":" + DAY.format(day);
    }

    /** MMDD in the year (server's, previous or next) that lies nearest the server's day. */
    public static LocalDate dayNear(String mmdd, LocalDate serverDay) {
        if (mmdd == null || mmdd.length() < 4) {
            throw new DateTimeException("not MMDD: " + mmdd);
        }
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
}
