package org.onecard.shift.terminal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.onecard.shift.domain.HandOverDraft;
import org.onecard.shift.domain.Reading;
import org.onecard.terminal.TerminalDates;
import org.onecard.terminal.iso8583.IsoMessage;

/**
 * The fields of an 0800/401 hand-over: 11 trace and 13 date (MMDD) make the key, 62 the outgoing
 * and 61 the incoming card serial, 48 the readings: per nozzle 2 digits of nozzle number, 12 of
 * totaliser volume (0.01 unit) and 12 of amount (fen), at most 38 nozzles.
 */
record HandOverMessage(String key, HandOverDraft draft) {

    static final int READING_CHARS = 26;
    private static final Pattern READINGS = Pattern.compile("([0-9]{" + READING_CHARS + "})+");
    private static final Pattern TRACE = Pattern.compile("[0-9]{6}");

    /** Empty when a field is missing or unreadable (a format error, "30"). */
    static Optional<HandOverMessage> read(IsoMessage m, String terminalCode, LocalDate serverDay) {
        String trace = m.text(11);
        String readings = m.text(48);
        if (trace == null || !TRACE.matcher(trace).matches() || readings == null
                || !READINGS.matcher(readings).matches()) {
            return Optional.empty();
        }
        LocalDate day;
        try {
            day = TerminalDates.dayNear(m.text(13), serverDay);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        List<Reading> list = new ArrayList<>();
        for (int i = 0; i < readings.length(); i += READING_CHARS) {
            list.add(new Reading(Integer.parseInt(readings.substring(i, i + 2)),
                    Long.parseLong(readings.substring(i + 2, i + 14)), Long.parseLong(readings.substring(i + 14, i + 26))));
        }
        return Optional.of(new HandOverMessage(TerminalDates.key(terminalCode, trace, day),
                new HandOverDraft(m.text(62), m.text(61), null, list)));
    }
}
