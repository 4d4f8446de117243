package org.onecard.terminal.authz;

import java.time.LocalTime;

/** A fixed amount for the part of the day [start, end) (分段定值). */
public record TimeSegment(LocalTime start, LocalTime end, long amountFen) {

    public boolean covers(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }
}
