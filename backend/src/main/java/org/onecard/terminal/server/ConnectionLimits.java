package org.onecard.terminal.server;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts open connections, in total and per bound terminal, against the configured maxima. */
final class ConnectionLimits {

    private final int maxTotal;
    private final int maxPerTerminal;
    private final AtomicInteger total = new AtomicInteger();
    private final ConcurrentHashMap<String, Integer> perTerminal = new ConcurrentHashMap<>();

    ConnectionLimits(int maxTotal, int maxPerTerminal) {
        this.maxTotal = maxTotal;
        this.maxPerTerminal = maxPerTerminal;
    }

    /** Takes a place for a new connection; false when the server is full. */
    boolean open() {
        if (total.incrementAndGet() > maxTotal) {
            total.decrementAndGet();
            return false;
        }
        return true;
    }

    void close() {
        total.decrementAndGet();
    }

    /** Takes a place for a connection bound to this terminal; false when it has too many already. */
    boolean bind(String code) {
        boolean[] taken = {false};
        perTerminal.compute(code, (k, n) -> {
            int count = n == null ? 0 : n;
            taken[0] = count < maxPerTerminal;
            return taken[0] ? count + 1 : n;
        });
        return taken[0];
    }

    void unbind(String code) {
        perTerminal.computeIfPresent(code, (k, n) -> n <= 1 ? null : n - 1);
    }

    int total() {
        return total.get();
    }

    /** Terminals with at least one bound connection. */
    int boundTerminals() {
        return perTerminal.size();
    }

    /** Whether a connection is bound to this terminal now. */
    boolean bound(String code) {
        return perTerminal.containsKey(code);
    }
}
