package org.onecard.reports.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The last {@link #MINUTES} whole minutes up to and including the current one: minute i covers
 * [start + i min, start + (i + 1) min), so the window is [start, end) with end the start of the
 * next minute. Every minute is present, with 0 when nothing happened in it.
 */
record MinuteBuckets(Instant start, Instant end) {

    static final int MINUTES = 60;

    /** One minute and how many purchases happened in it. */
    record Minute(Instant start, long count) {
    }

    static MinuteBuckets endingAt(Instant now) {
        Instant end = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        return new MinuteBuckets(end.minus(Duration.ofMinutes(MINUTES)), end);
    }

    /** Counts the times into their minutes; times outside the window are left out. */
    List<Minute> count(Iterable<Instant> times) {
        long[] counts = new long[MINUTES];
        for (Instant t : times) {
            if (!t.isBefore(start) && t.isBefore(end)) {
                counts[(int) Duration.between(start, t).toMinutes()]++;
            }
        }
        List<Minute> minutes = new ArrayList<>(MINUTES);
        for (int i = 0; i < MINUTES; i++) {
            minutes.add(new Minute(start.plus(Duration.ofMinutes(i)), counts[i]));
        }
        return minutes;
    }
}
