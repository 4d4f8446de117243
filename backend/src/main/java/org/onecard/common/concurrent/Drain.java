package org.onecard.common.concurrent;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a pass over queued work from any thread, never re-entrantly and never two at once: a call
 * made while a pass runs (work that finished at once and released room, another thread adding work)
 * only marks that one more pass is needed, which the running pass then makes. Without this, work
 * that completes inside the pass would recurse once per waiting item.
 */
public final class Drain {

    /** Passes asked for while one runs (0: none running). */
    private final AtomicInteger passes = new AtomicInteger();
    private final Runnable pass;

    /** {@code pass} starts what there is room for; it must not block. */
    public Drain(Runnable pass) {
        this.pass = pass;
    }

    public void run() {
        if (passes.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            pass.run();
            missed = passes.addAndGet(-missed);
        } while (missed != 0);
    }
}
