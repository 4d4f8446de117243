package org.onecard.terminal.server;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.onecard.common.concurrent.Drain;
import reactor.core.publisher.Mono;

/**
 * Lets at most {@code max} requests be handled at once, the rest waiting their turn in arrival
 * order. Without it, a thousand terminals' requests all run interleaved, each taking a database
 * connection per statement from a small pool, and every one of them finishes late; with it, the
 * few that run get the pool and finish quickly, and the wait shows as queueing (measured by
 * {@code make bench}). A request whose terminal has gone by its turn still runs: it may move money,
 * and its retry is answered from its key.
 */
final class Admission {

    private final int max;
    private final AtomicInteger running = new AtomicInteger();
    private final Drain drain = new Drain(this::startWhileRoom);
    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();

    Admission(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1: " + max);
        }
        this.max = max;
    }

    /** The work's result, the work started only when fewer than {@code max} others are running. */
    <T> Mono<T> run(Supplier<Mono<T>> work) {
        return Mono.create(sink -> {
            waiting.add(() -> Mono.defer(work).doFinally(s -> release())
                    .subscribe(sink::success, sink::error, sink::success));
            drain.run();
        });
    }

    /** Requests running now (for tests and metrics). */
    int running() {
        return running.get();
    }

    int waiting() {
        return waiting.size();
    }

    private void release() {
        running.decrementAndGet();
        drain.run();
    }


    private void startWhileRoom() {
        for (;;) {
            int now = running.get();
            if (now >= max || waiting.isEmpty()) {
                return;
            }
            if (!running.compareAndSet(now, now + 1)) {
                continue;
            }
            Runnable next = waiting.poll();
            if (next == null) {
                running.decrementAndGet();
                continue;
            }
            next.run();
        }
    }
}
