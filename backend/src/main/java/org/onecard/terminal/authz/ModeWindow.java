package org.onecard.terminal.authz;

import java.time.LocalTime;
import org.onecard.terminal.WorkMode;

/**
 * A part of the day [start, end) in which the terminal works in {@code mode}, with
 * {@code fixedAmountFen} as its fixed value (read by FIXED only), instead of its registered mode.
 */
public record ModeWindow(LocalTime start, LocalTime end, WorkMode mode, long fixedAmountFen) {

    public boolean covers(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }
}
