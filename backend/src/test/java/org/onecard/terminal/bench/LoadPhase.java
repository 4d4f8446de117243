package org.onecard.terminal.bench;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.onecard.terminal.bench.LoadGenerator.Lane;
import org.onecard.terminal.iso8583.IsoMessage;

/**
 * What the lanes do for a while, and what came back: field 39 counts and latencies of the
 * replies inside the measured window. Runs on the generator's loop thread only (except
 * {@link #await}).
 */
abstract class LoadPhase {

    final String name;
    final Map<String, Integer> codes = new TreeMap<>();
    final Latencies latencies = new Latencies();
    private final CountDownLatch done = new CountDownLatch(1);
    /** Completed when the measured window opens and closes (on the generator's thread): the probe snapshots then. */
    final CompletableFuture<Void> opened = new CompletableFuture<>();
    final CompletableFuture<Void> closed = new CompletableFuture<>();
    long startNanos;
    long recordFromNanos;
    long stopNanos;
    long finishNanos;
    /** Every reply of the phase, warm-up and drain included. */
    long exchanges;
    long cpuBeforeNanos;
    long cpuAfterNanos;
    LoadGenerator generator;

    LoadPhase(String name) {
        this.name = name;
    }

    void start(LoadGenerator gen) {
        this.generator = gen;
        cpuBeforeNanos = gen.cpuNanos();
        startNanos = System.nanoTime();
        begin();
    }

    /** Opens the measured window now for {@code measureNanos}, and closes it on time. */
    void openWindow(long measureNanos) {
        recordFromNanos = System.nanoTime();
        stopNanos = recordFromNanos + measureNanos;
        opened.complete(null);
        generator.schedule(() -> closed.complete(null), measureNanos);
    }

    /** A window fixed in advance: opens at {@code fromNanos} and closes at {@code toNanos}. */
    void scheduleWindow(long fromNanos, long toNanos) {
        recordFromNanos = fromNanos;
        stopNanos = toNanos;
        generator.schedule(() -> opened.complete(null), fromNanos - System.nanoTime());
        generator.schedule(() -> closed.complete(null), toNanos - System.nanoTime());
    }

    boolean inWindow(long nowNanos) {
        return nowNanos >= recordFromNanos && nowNanos <= stopNanos;
    }

    abstract void begin();

    /** A reply (or "closed") for the request that was due at {@code dueNanos}, arriving at {@code nowNanos}. */
    abstract void replied(Lane lane, String code, IsoMessage reply, long dueNanos, long nowNanos);

    void record(String code, long latencyNanos) {
        codes.merge(code, 1, Integer::sum);
        latencies.add(latencyNanos / 1000);
    }

    void finish() {
        finishNanos = System.nanoTime();
        cpuAfterNanos = generator.cpuNanos();
        done.countDown();
    }

    /** Waits for the phase; false when it has not finished in time. */
    boolean await(long limitSeconds) throws InterruptedException {
        return done.await(limitSeconds, TimeUnit.SECONDS);
    }

    int approved() {
        return codes.getOrDefault("00", 0);
    }

    int replies() {
        return codes.values().stream().mapToInt(Integer::intValue).sum();
    }

    double measuredSeconds() {
        return (stopNanos - recordFromNanos) / 1e9;
    }

    /** The generator thread's CPU over the phase, as a share of one core. */
    double generatorCores() {
        return (cpuAfterNanos - cpuBeforeNanos) / (double) Math.max(1, finishNanos - startNanos);
    }

    /** The generator thread's CPU per exchange (building, signing, sending a request, reading its reply), in µs. */
    double generatorMicrosPerExchange() {
        return (cpuAfterNanos - cpuBeforeNanos) / 1e3 / Math.max(1, exchanges);
    }

    /** Seconds from the start until the measured window opened. */
    double warmedSeconds() {
        return (recordFromNanos - startNanos) / 1e9;
    }

    /** Signs every lane on; all must be approved. */
    static final class SignOn extends LoadPhase {

        private int answered;

        SignOn() {
            super("sign-on");
        }

        @Override
        void begin() {
            recordFromNanos = System.nanoTime();
            generator.all().forEach(Lane::signOn);
        }

        @Override
        void replied(Lane lane, String code, IsoMessage reply, long dueNanos, long nowNanos) {
            record(code, nowNanos - dueNanos);
            if (++answered == generator.lanes()) {
                stopNanos = System.nanoTime();
                finish();
            }
        }
    }

    /**
     * Every lane sends its next purchase as soon as the last is answered. The measured window opens
     * after the warm-up once every lane has had a reply (the first round of a thousand requests
     * queued at once is not steady state), at the latest after {@link #MAX_WARM_SECONDS}.
     */
    static final class ClosedLoop extends LoadPhase {

        static final int MAX_WARM_SECONDS = 180;

        /** What a lane sends next. */
        interface Send {
            void next(Lane lane, long dueNanos);
        }

        private final long warmNanos;
        private final long measureNanos;
        private final Send send;
        private final Set<Lane> answered = new HashSet<>();
        private boolean open;
        private int idle;

        ClosedLoop(String name, double warmSeconds, double measureSeconds) {
            this(name, warmSeconds, measureSeconds, Lane::purchase);
        }

        /** With {@code send} = {@code Lane::echo}: the server's cost of a message that reads nothing. */
        ClosedLoop(String name, double warmSeconds, double measureSeconds, Send send) {
            super(name);
            this.warmNanos = (long) (warmSeconds * 1e9);
            this.measureNanos = (long) (measureSeconds * 1e9);
            this.send = send;
        }

        /** What each lane sends in this phase (a settling round sends the same). */
        Send send() {
            return send;
        }

        @Override
        void begin() {
            recordFromNanos = Long.MAX_VALUE;
            stopNanos = Long.MAX_VALUE;
            generator.all().forEach(lane -> send.next(lane, System.nanoTime()));
            generator.schedule(() -> openIfWarm(System.nanoTime()), warmNanos);
            generator.schedule(() -> openIfWarm(System.nanoTime()), MAX_WARM_SECONDS * 1_000_000_000L);
        }

        private void openIfWarm(long now) {
            boolean warm = now - startNanos >= warmNanos && (answered.size() == generator.lanes()
                    || now - startNanos >= MAX_WARM_SECONDS * 1_000_000_000L);
            if (!open && warm) {
                open = true;
                openWindow(measureNanos);
            }
        }

        @Override
        void replied(Lane lane, String code, IsoMessage reply, long dueNanos, long nowNanos) {
            answered.add(lane);
            openIfWarm(nowNanos);
            if (inWindow(nowNanos)) {
                record(code, nowNanos - dueNanos);
            }
            if (nowNanos < stopNanos && !code.equals("closed")) {
                send.next(lane, System.nanoTime());
            } else if (++idle == generator.lanes()) {
                finish();
            }
        }
    }
}
