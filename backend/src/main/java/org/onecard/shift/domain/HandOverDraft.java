package org.onecard.shift.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.onecard.common.Sha256;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.text.Texts;

/**
 * A shift hand-over at one dispenser: the outgoing staff card ends its shift on each nozzle read,
 * the incoming one starts a new one there. Either card may be missing (the first shift of the day
 * has no outgoing card, the close of the station no incoming one), not both.
 *
 * @param occurredAt when it happened: the server's time for a terminal; an admin may enter an earlier one
 */
public record HandOverDraft(String outgoingSerial, String incomingSerial, Instant occurredAt, List<Reading> readings) {

    /** As many readings as field 48 holds (26 characters each in 999). */
    public static final int MAX_READINGS = 38;

    public HandOverDraft {
        readings = readings == null ? List.of() : List.copyOf(readings);
    }

    /** The draft with blank serials as null, or why not (1001). */
    public Outcome<HandOverDraft> check(Instant now) {
        String out = Texts.blankToNull(outgoingSerial);
        String in = Texts.blankToNull(incomingSerial);
        if (out == null && in == null) {
            return Outcome.invalid("incomingSerial", "or outgoingSerial is required");
        }
        if (readings.isEmpty() || readings.size() > MAX_READINGS) {
            return Outcome.invalid("readings", "must name 1 to " + MAX_READINGS + " nozzles");
        }
        Set<Integer> seen = new HashSet<>();
        for (Reading r : readings) {
            if (r == null || r.nozzleNo() < 1 || r.nozzleNo() > NozzleDraft.MAX_NOZZLE_NO || !seen.add(r.nozzleNo())) {
                return Outcome.invalid("readings", "must name each nozzle 1 to 99 once");
            }
            if (r.volume() < 0 || r.amountFen() < 0 || r.volume() > Reading.MAX_TOTAL
                    || r.amountFen() > Reading.MAX_TOTAL) {
                return Outcome.invalid("readings", "volume and amountFen must be 0 to " + Reading.MAX_TOTAL);
            }
        }
        if (occurredAt != null && occurredAt.isAfter(now)) {
            return Outcome.invalid("occurredAt", "must not be in the future");
        }
        return Outcome.done(new HandOverDraft(out, in, occurredAt == null ? now : occurredAt, readings));
    }

    /** The content a key stands for: the cards and readings (not the time, which a retry may not repeat). */
    public String fingerprint(long terminalId) {
        String sorted = readings.stream().sorted(Comparator.comparingInt(Reading::nozzleNo))
                .map(r -> r.nozzleNo() + "=" + r.volume() + "/" + r.amountFen()).collect(Collectors.joining(","));
        return Sha256.hex(terminalId + "|" + outgoingSerial + "|" + incomingSerial + "|" + sorted);
    }
}
