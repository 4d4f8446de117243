package org.onecard.terminal.bench;

import java.util.Arrays;

/** Latencies in microseconds, kept whole (a bench run has at most a few hundred thousand), for exact percentiles. */
final class Latencies {

    private long[] micros = new long[1 << 16];
    private int size;

    void add(long latencyMicros) {
        if (size == micros.length) {
            micros = Arrays.copyOf(micros, size * 2);
        }
        micros[size++] = latencyMicros;
    }

    int count() {
        return size;
    }

    /** The p-th percentile (0 < p <= 100) in milliseconds, nearest-rank; NaN when empty. */
    double percentileMs(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(micros, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)] / 1000.0;
    }

    String summary() {
        return String.format("p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms", percentileMs(50), percentileMs(99),
                percentileMs(99.9), percentileMs(100));
    }
}
