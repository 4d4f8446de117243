package org.onecard.terminal.registry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Function;
import org.onecard.terminal.WorkMode;
import org.onecard.terminal.authz.ModeWindow;
import org.onecard.terminal.authz.TimeSegment;
import org.onecard.terminal.authz.TimedTariff;
import org.onecard.terminal.registry.domain.KeyValue;
import org.onecard.terminal.registry.domain.ModeSetup;

/**
 * The HTTP shapes of a terminal's work-mode values, the same in requests and answers. Amounts
 * are fen, 1 to 999999; parts of the day are [start, end), never over midnight.
 */
final class ModeViews {

    private ModeViews() {
    }

    @Schema(description = "FIXED_BY_SEGMENT (分段定值): the amount charged from start (inclusive) to end (exclusive)")
    record TerminalTimeSegment(
            @Schema(requiredMode = RequiredMode.REQUIRED, type = "string", example = "10:30:00") LocalTime start,
            @Schema(requiredMode = RequiredMode.REQUIRED, type = "string", example = "13:30:00") LocalTime end,
            @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "999999") Long amountFen) {
    }

    @Schema(description = "KEY_VALUE: a preset key and what it charges")
    record TerminalKeyValue(
            @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "99") Integer keyNo,
            @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "999999") Long amountFen) {
    }

    @Schema(description = "TIMED: every started rounding unit is charged whole, pro rata of the hourly price")
    record TerminalTimedTariff(
            @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "999999") Long pricePerHourFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "1440", example = "30")
            Integer roundingUnitMinutes) {
    }

    @Schema(description = "From start (inclusive) to end (exclusive) the terminal works in this mode instead of"
            + " its registered one")
    record TerminalModeSwitch(
            @Schema(requiredMode = RequiredMode.REQUIRED, type = "string", example = "11:00:00") LocalTime start,
            @Schema(requiredMode = RequiredMode.REQUIRED, type = "string", example = "13:00:00") LocalTime end,
            @Schema(requiredMode = RequiredMode.REQUIRED) WorkMode mode,
            @Schema(description = "the fixed amount while switched to FIXED; absent for other modes",
                    minimum = "1", maximum = "999999") Long fixedAmountFen) {
    }

    /** The domain setup of a request's values; absent lists are empty, null elements stay for the check to name. */
    static ModeSetup setup(List<TerminalTimeSegment> segments, List<TerminalKeyValue> keys, TerminalTimedTariff tariff,
                           List<TerminalModeSwitch> switches) {
        return new ModeSetup(
                map(segments, s -> new TimeSegment(s.start(), s.end(), fen(s.amountFen()))),
                map(keys, k -> new KeyValue(k.keyNo(), k.amountFen())),
                tariff == null ? null : new TimedTariff(fen(tariff.pricePerHourFen()),
                        tariff.roundingUnitMinutes() == null ? 0 : tariff.roundingUnitMinutes()),
                map(switches, w -> new ModeWindow(w.start(), w.end(), w.mode(), fen(w.fixedAmountFen()))));
    }

    static List<TerminalTimeSegment> segments(ModeSetup setup) {
        return setup.segments().stream().map(s -> new TerminalTimeSegment(s.start(), s.end(), s.amountFen())).toList();
    }

    static List<TerminalKeyValue> keys(ModeSetup setup) {
        return setup.keys().stream().map(k -> new TerminalKeyValue(k.keyNo(), k.amountFen())).toList();
    }

    static TerminalTimedTariff tariff(ModeSetup setup) {
        TimedTariff t = setup.tariff();
        return t == null ? null : new TerminalTimedTariff(t.pricePerHourFen(), t.roundingUnitMinutes());
    }

    static List<TerminalModeSwitch> switches(ModeSetup setup) {
        return setup.switches().stream().map(w -> new TerminalModeSwitch(w.start(), w.end(), w.mode(),
                w.fixedAmountFen() == 0 ? null : w.fixedAmountFen())).toList();
    }

    private static long fen(Long value) {
        return value == null ? 0 : value;
    }

    private static <T, U> List<U> map(List<T> list, Function<T, U> f) {
        return list == null ? null : list.stream().map(x -> x == null ? null : f.apply(x)).toList();
    }
}
