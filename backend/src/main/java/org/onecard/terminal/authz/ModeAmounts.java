package org.onecard.terminal.authz;

import java.time.Duration;
import java.time.LocalTime;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.rules.domain.SystemParameters;
import org.onecard.terminal.WorkMode;

/**
 * The amount (before any card or group discount) a work mode asks for at a time of day. The
 * fixed modes compute their own amount; a terminal that also sends an amount must send the same
 * one, so a terminal with stale prices is refused rather than silently overruled.
 */
public final class ModeAmounts {

    public static final int MAX_KEY = 99;
    public static final Duration MAX_TIMED = Duration.ofHours(24);

    private ModeAmounts() {
    }

    public static Outcome<Long> amount(WorkMode mode, ModeSettings settings, LocalTime time, Entry entry) {
        if (entry instanceof Entry.Shown shown) {
            return shown.entry() instanceof Entry.Shown ? wrongEntry(mode, shown.entry())
                    : asShown(mode, amount(mode, settings, time, shown.entry()), shown.amountFen());
        }
        return switch (mode) {
            case FREE_AMOUNT -> entry instanceof Entry.Amount a ? keyed(a.amountFen()) : wrongEntry(mode, entry);
            case FIXED -> settled(mode, fixed(settings), entry);
            case FIXED_BY_SEGMENT -> settled(mode, segment(settings, time), entry);
            case KEY_VALUE -> entry instanceof Entry.Key k ? key(settings, k.keyNo()) : wrongEntry(mode, entry);
            case PRODUCT -> entry instanceof Entry.Products p ? ProductTotals.total(p.items(), settings.products())
                    : wrongEntry(mode, entry);
            case TIMED -> entry instanceof Entry.Timed t ? timed(settings.tariff(), t.duration()) : wrongEntry(mode, entry);
            case COUNT_ONLY -> settled(mode, Outcome.done(0L), entry);
        };
    }

    private static Outcome<Long> keyed(long fen) {
        return fen < 1 || fen > SystemParameters.MAX_AMOUNT_FEN
                ? Outcome.refused(ResultCode.INVALID_AMOUNT, "The amount must be 1 to "
                        + SystemParameters.MAX_AMOUNT_FEN + " fen, not " + fen)
                : Outcome.done(fen);
    }

    private static Outcome<Long> fixed(ModeSettings settings) {
        return settings.fixedAmountFen() > 0 ? Outcome.done(settings.fixedAmountFen())
                : Outcome.refused(ResultCode.WORK_MODE_NOT_SET_UP, "The terminal has no fixed amount set");
    }

    private static Outcome<Long> segment(ModeSettings settings, LocalTime time) {
        return settings.segments().stream()
                .filter(s -> s.covers(time) && s.amountFen() > 0)
                .findFirst()
                .map(s -> Outcome.done(s.amountFen()))
                .orElseGet(() -> Outcome.refused(ResultCode.WORK_MODE_NOT_SET_UP,
                        "No time segment of the terminal covers " + time));
    }

    /** A computed amount, checked against the amount the terminal sent if it sent one. */
    private static Outcome<Long> settled(WorkMode mode, Outcome<Long> computed, Entry entry) {
        if (!(computed instanceof Outcome.Done<Long> done)) {
            return computed;
        }
        if (entry instanceof Entry.Nothing || entry instanceof Entry.Amount none && none.amountFen() == 0) {
            return computed;
        }
        if (!(entry instanceof Entry.Amount asked)) {
            return wrongEntry(mode, entry);
        }
        return asked.amountFen() == done.value() ? computed : Outcome.refused(ResultCode.INVALID_AMOUNT,
                "The terminal asked " + asked.amountFen() + " fen; in " + mode + " the amount now is " + done.value() + " fen");
    }

    /** A key, products or duration worked out, checked against the amount the terminal showed for it. */
    private static Outcome<Long> asShown(WorkMode mode, Outcome<Long> computed, long shownFen) {
        if (computed instanceof Outcome.Done<Long> done && done.value() != shownFen) {
            return Outcome.refused(ResultCode.INVALID_AMOUNT, "The terminal worked out " + shownFen + " fen; in " + mode
                    + " the server works out " + done.value() + " fen");
        }
        return computed;
    }

    private static Outcome<Long> key(ModeSettings settings, int keyNo) {
        Long fen = keyNo >= 1 && keyNo <= MAX_KEY ? settings.keyValuesFen().get(keyNo) : null;
        return fen != null && fen > 0 ? Outcome.done(fen)
                : Outcome.refused(ResultCode.KEY_NOT_SET, "Key " + keyNo + " has no amount (keys are 1–" + MAX_KEY + ")");
    }

    static Outcome<Long> timed(TimedTariff tariff, Duration duration) {
        if (tariff == null || tariff.pricePerHourFen() <= 0 || tariff.roundingUnitMinutes() < 1) {
            return Outcome.refused(ResultCode.WORK_MODE_NOT_SET_UP, "The terminal has no hourly price and rounding unit set");
        }
        if (duration == null || duration.isNegative() || duration.isZero() || duration.compareTo(MAX_TIMED) > 0) {
            return Outcome.refused(ResultCode.INVALID_AMOUNT, "The duration must be more than 0 and at most " + MAX_TIMED);
        }
        long unitSeconds = tariff.roundingUnitMinutes() * 60L;
        long seconds = duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0);
        long units = (seconds + unitSeconds - 1) / unitSeconds;
        long minutes = Math.multiplyExact(units, tariff.roundingUnitMinutes());
        long fen = Math.addExact(Math.multiplyExact(minutes, tariff.pricePerHourFen()), 30) / 60;
        return keyed(fen);
    }

    private static Outcome<Long> wrongEntry(WorkMode mode, Entry entry) {
        return Outcome.refused(ResultCode.MODE_ENTRY_INVALID,
                "A terminal in " + mode + " cannot send " + entry.getClass().getSimpleName());
    }
}
