package org.onecard.terminal.registry.domain;

import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.onecard.common.outcome.Outcome;
import org.onecard.terminal.WorkMode;
import org.onecard.terminal.authz.ModeWindow;
import org.onecard.terminal.authz.TimeSegment;
import org.onecard.terminal.authz.TimedTariff;

/**
 * Checks a terminal's mode setup against the modes it works in. Each mode's values are required
 * when the terminal works in that mode (registered so, or switched to it) and refused otherwise,
 * so no stale price lingers unseen. Parts of the day are [start, end) and may not overlap.
 */
final class ModeSetupCheck {

    private ModeSetupCheck() {
    }

    static Outcome<ModeSetup> check(ModeSetup s, WorkMode registered) {
        Optional<Outcome<ModeSetup>> refused = switches(s.switches())
                .or(() -> segments(s, registered))
                .or(() -> keys(s, registered))
                .or(() -> tariff(s, registered));
        return refused.orElseGet(() -> Outcome.done(s.sorted()));
    }

    private static Optional<Outcome<ModeSetup>> switches(List<ModeWindow> switches) {
        if (switches.size() > ModeSetup.MAX_SWITCHES) {
            return invalid("modeSwitches", "may have at most " + ModeSetup.MAX_SWITCHES + " parts of the day");
        }
        for (int i = 0; i < switches.size(); i++) {
            ModeWindow w = switches.get(i);
            String at = "modeSwitches[" + i + "]";
            if (w == null || w.mode() == null) {
                return invalid(at + ".mode", "is required");
            }
            Optional<Outcome<ModeSetup>> window = window(at, w.start(), w.end());
            if (window.isPresent()) {
                return window;
            }
            if (w.mode() == WorkMode.FIXED && !TerminalDraft.fixedAmountOk(w.fixedAmountFen())) {
                return invalid(at + ".fixedAmountFen", "must be 1 to " + TerminalDraft.MAX_FIXED_AMOUNT_FEN
                        + " when switching to FIXED");
            }
            if (w.mode() != WorkMode.FIXED && w.fixedAmountFen() != 0) {
                return invalid(at + ".fixedAmountFen", "is only for a switch to FIXED");
            }
        }
        return overlap("modeSwitches", switches, ModeWindow::start, ModeWindow::end);
    }

    private static Optional<Outcome<ModeSetup>> segments(ModeSetup s, WorkMode registered) {
        List<TimeSegment> segments = s.segments();
        Optional<Outcome<ModeSetup>> use = use("segments", !segments.isEmpty(), s.uses(registered, WorkMode.FIXED_BY_SEGMENT),
                WorkMode.FIXED_BY_SEGMENT);
        if (use.isPresent() || segments.isEmpty()) {
            return use;
        }
        if (segments.size() > ModeSetup.MAX_SEGMENTS) {
            return invalid("segments", "may have at most " + ModeSetup.MAX_SEGMENTS + " time segments");
        }
        for (int i = 0; i < segments.size(); i++) {
            TimeSegment segment = segments.get(i);
            String at = "segments[" + i + "]";
            if (segment == null) {
                return invalid(at, "is required");
            }
            Optional<Outcome<ModeSetup>> window = window(at, segment.start(), segment.end())
                    .or(() -> TerminalDraft.fixedAmountOk(segment.amountFen()) ? Optional.empty()
                            : invalid(at + ".amountFen", "must be 1 to " + TerminalDraft.MAX_FIXED_AMOUNT_FEN));
            if (window.isPresent()) {
                return window;
            }
        }
        return overlap("segments", segments, TimeSegment::start, TimeSegment::end);
    }

    private static Optional<Outcome<ModeSetup>> keys(ModeSetup s, WorkMode registered) {
        List<KeyValue> keys = s.keys();
        Optional<Outcome<ModeSetup>> use = use("keyValues", !keys.isEmpty(), s.uses(registered, WorkMode.KEY_VALUE),
                WorkMode.KEY_VALUE);
        if (use.isPresent()) {
            return use;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            KeyValue key = keys.get(i);
            String at = "keyValues[" + i + "]";
            if (key == null || key.keyNo() == null || key.keyNo() < 1 || key.keyNo() > ModeSetup.MAX_KEY) {
                return invalid(at + ".keyNo", "must be 1 to " + ModeSetup.MAX_KEY);
            }
            if (!seen.add(key.keyNo())) {
                return invalid(at + ".keyNo", "key " + key.keyNo() + " is given twice");
            }
            if (!TerminalDraft.fixedAmountOk(key.amountFen())) {
                return invalid(at + ".amountFen", "must be 1 to " + TerminalDraft.MAX_FIXED_AMOUNT_FEN);
            }
        }
        return Optional.empty();
    }

    private static Optional<Outcome<ModeSetup>> tariff(ModeSetup s, WorkMode registered) {
        TimedTariff t = s.tariff();
        Optional<Outcome<ModeSetup>> use = use("timedTariff", t != null, s.uses(registered, WorkMode.TIMED), WorkMode.TIMED);
        if (use.isPresent() || t == null) {
            return use;
        }
        if (!TerminalDraft.fixedAmountOk(t.pricePerHourFen())) {
            return invalid("timedTariff.pricePerHourFen", "must be 1 to " + TerminalDraft.MAX_FIXED_AMOUNT_FEN);
        }
        if (t.roundingUnitMinutes() < 1 || t.roundingUnitMinutes() > ModeSetup.MAX_ROUNDING_MINUTES) {
            return invalid("timedTariff.roundingUnitMinutes", "must be 1 to " + ModeSetup.MAX_ROUNDING_MINUTES);
        }
        return Optional.empty();
    }

    /** Values of a mode are given exactly when the terminal works in it. */
    private static Optional<Outcome<ModeSetup>> use(String field, boolean given, boolean used, WorkMode mode) {
        if (used && !given) {
            return invalid(field, "is required when the terminal works in " + mode);
        }
        if (!used && given) {
            return invalid(field, "is only for a terminal that works in " + mode + " (registered or switched to)");
        }
        return Optional.empty();
    }

    private static Optional<Outcome<ModeSetup>> window(String at, LocalTime start, LocalTime end) {
        if (start == null) {
            return invalid(at + ".start", "is required");
        }
        if (end == null) {
            return invalid(at + ".end", "is required");
        }
        return start.isBefore(end) ? Optional.empty() : invalid(at + ".end", "must be after the start");
    }

    /** Sorted by start, each part must end before the next begins. */
    private static <T> Optional<Outcome<ModeSetup>> overlap(String field, List<T> parts, Function<T, LocalTime> start,
                                                            Function<T, LocalTime> end) {
        List<T> sorted = parts.stream().sorted((a, b) -> start.apply(a).compareTo(start.apply(b))).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (start.apply(sorted.get(i)).isBefore(end.apply(sorted.get(i - 1)))) {
                return invalid(field, "overlap: " + start.apply(sorted.get(i - 1)) + "–" + end.apply(sorted.get(i - 1))
                        + " and " + start.apply(sorted.get(i)) + "–" + end.apply(sorted.get(i)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Outcome<ModeSetup>> invalid(String field, String message) {
        return Optional.of(Outcome.invalid(field, message));
    }
}
