package org.onecard.terminal.authz;

import java.util.List;
import java.util.Map;

/**
 * The values a terminal's work modes price with; a mode reads only its own.
 *
 * @param fixedAmountFen FIXED: the one amount
 * @param segments       FIXED_BY_SEGMENT: amount per time segment of the day
 * @param keyValuesFen   KEY_VALUE: key number 1–99 → amount
 * @param tariff         TIMED: price per hour and rounding unit; null when not set
 */
public record ModeSettings(long fixedAmountFen, List<TimeSegment> segments, Map<Integer, Long> keyValuesFen,
                           TimedTariff tariff) {

    public ModeSettings {
        segments = segments == null ? List.of() : List.copyOf(segments);
        keyValuesFen = keyValuesFen == null ? Map.of() : Map.copyOf(keyValuesFen);
    }

    public static ModeSettings none() {
        return new ModeSettings(0, List.of(), Map.of(), null);
    }

    public ModeSettings withFixedAmount(long fen) {
        return new ModeSettings(fen, segments, keyValuesFen, tariff);
    }
}
