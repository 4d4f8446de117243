package org.onecard.imports;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far a job is: rows processed in the current phase (validated, then applied) out of the
 * file's data rows.
 */
public final class Progress {

    private final AtomicInteger processed = new AtomicInteger();
    private volatile int total;

    public void start(int rows) {
        total = rows;
        processed.set(0);
    }

    /** Applying starts from 0 again; the total stays the file's rows. */
    public void nextPhase() {
        processed.set(0);
    }

    public void advance(int rows) {
        processed.addAndGet(rows);
    }

    public int processed() {
        return processed.get();
    }

    public int total() {
        return total;
    }
}
