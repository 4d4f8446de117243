package org.onecard.terminal.bench;

/** A bench setting: system property {@code bench.<name>}, else environment variable {@code BENCH_<NAME>}, else the default. */
final class BenchSettings {

    private BenchSettings() {
    }

    static int integer(String name, int fallback) {
        String value = System.getProperty("bench." + name);
        if (value == null || value.isBlank()) {
            value = System.getenv("BENCH_" + name.toUpperCase().replace('-', '_'));
        }
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int n = Integer.parseInt(value.trim());
        if (n < 1) {
            throw new IllegalArgumentException("bench setting " + name + " must be at least 1: " + n);
        }
        return n;
    }
}
