package org.onecard.terminal.registry.domain;

import java.util.regex.Pattern;
import org.onecard.common.outcome.Outcome;
import org.onecard.terminal.TerminalPurpose;
import org.onecard.terminal.WorkMode;

/**
 * A terminal's changeable details as an operator enters them: everything but its machine number
 * and key. A null interval means 0 (no same-card interval); a null setup means none.
 */
public record TerminalDraft(
        String serial,
        String model,
        TerminalPurpose purpose,
        Long outletId,
        WorkMode mode,
        Long fixedAmountFen,
        Integer sameCardIntervalSeconds,
        ModeSetup setup) {

    public static final int MIN_MACHINE_NO = 1;
    public static final int MAX_MACHINE_NO = 999;
    public static final int MAX_SERIAL = 32;
    public static final int MAX_MODEL = 50;
    /** 9,999.99 yuan: the most a fixed amount, time segment, key, product or hour may cost. */
    public static final long MAX_FIXED_AMOUNT_FEN = 999_999;
    /** One hour. */
    public static final int MAX_INTERVAL_SECONDS = 3600;

    private static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_SERIAL + "}");

    public TerminalDraft {
        setup = setup == null ? ModeSetup.none() : setup;
    }

    /** An amount a mode may charge: 1 to {@link #MAX_FIXED_AMOUNT_FEN}. */
    public static boolean fixedAmountOk(Long fen) {
        return fen != null && fen >= 1 && fen <= MAX_FIXED_AMOUNT_FEN;
    }

    public static Outcome<Integer> checkMachineNo(Integer machineNo) {
        if (machineNo == null || machineNo < MIN_MACHINE_NO || machineNo > MAX_MACHINE_NO) {
            return Outcome.invalid("machineNo", "must be " + MIN_MACHINE_NO + " to " + MAX_MACHINE_NO);
        }
        return Outcome.done(machineNo);
    }

    /** The draft trimmed, or the first field that is wrong. */
    public Outcome<TerminalDraft> check() {
        String cleanSerial = serial == null ? "" : serial.trim();
        if (!SERIAL.matcher(cleanSerial).matches()) {
            return Outcome.invalid("serial", "must be 1 to " + MAX_SERIAL + " letters, digits, '.', '_' or '-'");
        }
        String cleanModel = model == null || model.isBlank() ? null : model.trim();
        if (cleanModel != null && (cleanModel.length() > MAX_MODEL
                || cleanModel.chars().anyMatch(Character::isISOControl))) {
            return Outcome.invalid("model", "must be at most " + MAX_MODEL + " characters, without control characters");
        }
        if (purpose == null) {
            return Outcome.invalid("purpose", "is required");
        }
        if (outletId == null || outletId < 1) {
            return Outcome.invalid("outletId", "is required");
        }
        Outcome<TerminalDraft> modeChecked = checkMode();
        if (!modeChecked.isDone()) {
            return modeChecked;
        }
        int interval = sameCardIntervalSeconds == null ? 0 : sameCardIntervalSeconds;
        if (interval < 0 || interval > MAX_INTERVAL_SECONDS) {
            return Outcome.invalid("sameCardIntervalSeconds", "must be 0 to " + MAX_INTERVAL_SECONDS);
        }
        Outcome<ModeSetup> cleanSetup = ModeSetupCheck.check(setup, mode);
        if (!(cleanSetup instanceof Outcome.Done<ModeSetup> checked)) {
            return ((Outcome.Refused<ModeSetup>) cleanSetup).cast();
        }
        return Outcome.done(new TerminalDraft(cleanSerial, cleanModel, purpose, outletId, mode, fixedAmountFen,
                interval, checked.value()));
    }

    /** A fixed amount belongs to the FIXED mode and to no other. */
    private Outcome<TerminalDraft> checkMode() {
        if (mode == null) {
            return Outcome.invalid("mode", "is required");
        }
        if (mode == WorkMode.FIXED && !fixedAmountOk(fixedAmountFen)) {
            return Outcome.invalid("fixedAmountFen", "must be 1 to " + MAX_FIXED_AMOUNT_FEN + " in the FIXED mode");
        }
        if (mode != WorkMode.FIXED && fixedAmountFen != null) {
            return Outcome.invalid("fixedAmountFen", "is only for the FIXED mode");
        }
        return Outcome.done(this);
    }
}
