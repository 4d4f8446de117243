package org.onecard.terminal.registry.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.Collections;
import org.onecard.terminal.WorkMode;
import org.onecard.terminal.authz.ModeSettings;
import org.onecard.terminal.authz.ModeWindow;
import org.onecard.terminal.authz.TimeSegment;
import org.onecard.terminal.authz.TimedTariff;

/**
 * What a terminal's work modes price with beyond the FIXED amount, and its automatic switches of
 * mode by time of day. Products are the outlet's ({@code Product}), not the terminal's.
 *
 * @param segments FIXED_BY_SEGMENT: amount per part of the day [start, end)
 * @param keys     KEY_VALUE: the preset keys
 * @param tariff   TIMED: price per hour and rounding unit; null when the terminal is never TIMED
 * @param switches parts of the day [start, end) in which another mode applies (a FIXED one with
 *                 its own amount); outside them the registered mode applies
 */
public record ModeSetup(List<TimeSegment> segments, List<KeyValue> keys, TimedTariff tariff,
                        List<ModeWindow> switches) {

    public static final int MAX_SEGMENTS = 24;
    public static final int MAX_SWITCHES = 12;
    public static final int MAX_KEY = 99;
    public static final int MAX_ROUNDING_MINUTES = 1440;

    public ModeSetup {
        segments = copy(segments);
        keys = copy(keys);
        switches = copy(switches);
    }

    public static ModeSetup none() {
        return new ModeSetup(List.of(), List.of(), null, List.of());
    }

    /** Whether the terminal ever works in {@code mode}: registered so, or switched to it. */
    public boolean uses(WorkMode registered, WorkMode mode) {
        return registered == mode || switches.stream().anyMatch(w -> w.mode() == mode);
    }

    /** The same setup in the order it is kept and shown: segments, keys and switches ascending. */
    public ModeSetup sorted() {
        return new ModeSetup(segments.stream().sorted(Comparator.comparing(TimeSegment::start)).toList(),
                keys.stream().sorted(Comparator.comparing(KeyValue::keyNo)).toList(), tariff,
                switches.stream().sorted(Comparator.comparing(ModeWindow::start)).toList());
    }

    /** The authoriser's view, with the FIXED amount (0 when none). */
    public ModeSettings settings(Long fixedAmountFen) {
        Map<Integer, Long> keyValues = new HashMap<>();
        keys.forEach(k -> keyValues.put(k.keyNo(), k.amountFen()));
        return new ModeSettings(fixedAmountFen == null ? 0 : fixedAmountFen, segments, keyValues, tariff);
    }

    /** Unmodifiable, keeping null elements for {@link ModeSetupCheck} to name. */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
