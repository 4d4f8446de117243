package org.onecard.terminal.bench;

import java.util.List;
import org.onecard.terminal.bench.LoadGenerator.Lane;
import org.onecard.terminal.iso8583.IsoMessage;

/**
 * Purchases due at a fixed rate whatever the server does, spread round-robin over the lanes. A
 * lane still waiting for a reply queues the next one; latency runs from when the request was due,
 * so time spent queueing counts (no coordinated omission). Arrivals stop at the end of the
 * measured time; what has not been answered by then is drained for at most {@code drainSeconds},
 * and what is still unsent after that is dropped and counted.
 */
final class OpenLoop extends LoadPhase {

    /** Field-39 stand-in for a request still queued at its terminal when the drain limit ran out. */
    static final String UNSENT = "unsent";
    /** How long after the window the requests still queued may take to be sent before they are dropped. */
    static final int DRAIN_SECONDS = 15;
    private static final long TICK_NANOS = 1_000_000;

    private final double rate;
    private final long warmNanos;
    private final long measureNanos;
    private long arrivals;
    private long outstanding;
    private boolean arrivalsDone;
    private boolean abandoned;
    int answeredInWindow;
    int dropped;

    OpenLoop(double ratePerSecond, double warmSeconds, double measureSeconds) {
        super("open loop");
        this.rate = ratePerSecond;
        this.warmNanos = (long) (warmSeconds * 1e9);
        this.measureNanos = (long) (measureSeconds * 1e9);
    }

    @Override
    void begin() {
        scheduleWindow(startNanos + warmNanos, startNanos + warmNanos + measureNanos);
        tick();
    }

    private long due(long k) {
        return startNanos + (long) (k * 1e9 / rate);
    }

    private void tick() {
        long now = System.nanoTime();
        List<Lane> lanes = generator.all();
        while (due(arrivals) <= now && due(arrivals) < stopNanos) {
            Lane lane = lanes.get((int) (arrivals % lanes.size()));
            long due = due(arrivals++);
            outstanding++;
            if (lane.busy()) {
                lane.backlog.add(due);
            } else {
                lane.purchase(due);
            }
        }
        if (due(arrivals) >= stopNanos) {
            arrivalsDone = true;
            finishIfDrained();
        } else {
            generator.schedule(this::tick, TICK_NANOS);
        }
    }

    @Override
    void replied(Lane lane, String code, IsoMessage reply, long dueNanos, long nowNanos) {
        outstanding--;
        if (dueNanos >= recordFromNanos) {
            record(code, nowNanos - dueNanos);
        }
        if (inWindow(nowNanos)) {
            answeredInWindow++;
        }
        if (!abandoned && !lane.backlog.isEmpty() && !code.equals("closed")) {
            lane.purchase(lane.backlog.poll());
        }
        finishIfDrained();
    }

    /** After the drain limit: drop what was never sent (counted, and as latency at least its wait so far). */
    void abandon() {
        abandoned = true;
        long now = System.nanoTime();
        for (Lane lane : generator.all()) {
            while (!lane.backlog.isEmpty()) {
                long due = lane.backlog.poll();
                outstanding--;
                dropped++;
                if (due >= recordFromNanos) {
                    record(UNSENT, now - due);
                }
            }
        }
        finishIfDrained();
    }

    private void finishIfDrained() {
        if (arrivalsDone && outstanding == 0) {
            finish();
        }
    }

    long offered() {
        return arrivals;
    }

    double rate() {
        return rate;
    }
}
