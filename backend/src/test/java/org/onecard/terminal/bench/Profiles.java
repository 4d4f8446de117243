package org.onecard.terminal.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a window's snapshots into lines: CPU, statements and transactions per unit of work, pool use. */
final class Profiles {

    private static final int TOP = 20;

    private Profiles() {
    }

    /** What the profile is divided by, counted as the rows of the table that books one. */
    record Unit(String name, String table) {
    }

    static final Unit APPROVAL = new Unit("approval", "ledger_posting");
    static final Unit RECORD = new Unit("offline record", "offline_record");
    static final Unit TRANSACTION = new Unit("transaction", "bench_posting");
    static final List<String> BOOKING_TABLES = List.of(APPROVAL.table(), RECORD.table(), TRANSACTION.table());

    static List<String> describe(Probe.Window w, Unit what, int cores, int poolSize) {
        List<String> out = new ArrayList<>();
        out.add("  CPU: " + CpuMeter.between(w.from().cpu(), w.to().cpu(), cores));
        Map<String, Long> statements = delta(w.from().statements(), w.to().statements());
        long units = w.to().rows().getOrDefault(what.table(), 0L) - w.from().rows().getOrDefault(what.table(), 0L);
        String unit = what.name();
        out.add(String.format("  in the window the server booked %,d (%.0f/s; rows of %s)", units,
                units / ((w.to().nanos() - w.from().nanos()) / 1e9), what.table()));
        long total = 0;
        Map<String, Long> byVerb = new HashMap<>();
        for (Map.Entry<String, Long> e : statements.entrySet()) {
            if (!e.getKey().startsWith("(")) {
                total += e.getValue();
                byVerb.merge(e.getKey().split(" ", 2)[0].toUpperCase(), e.getValue(), Long::sum);
            }
        }
        double n = Math.max(1, units);
        out.add(String.format("  per %s (this JVM): %.1f SQL statements %s, %.2f transactions begun, %.2f committed,"
                        + " %.2f connections taken from the pool", unit, total / n, perUnit(byVerb, n),
                count(statements, StatementCounter.BEGIN) / n, count(statements, StatementCounter.COMMIT) / n,
                count(statements, StatementCounter.ACQUIRE) / n));
        out.add(String.format("  R2DBC pool of %d: %.1f connections in use and %.0f requests waiting for one on average"
                + " (at most %d waiting)", poolSize, w.poolBusy(), w.poolWaiting(), w.poolWaitingMax()));
        Map<String, Long> status = delta(w.from().status(), w.to().status());
        StringBuilder db = new StringBuilder("  MariaDB, server-wide, per " + unit + ":");
        for (String name : Probe.STATUS) {
            if (status.containsKey(name)) {
                db.append(String.format(" %s %.2f", name, status.get(name) / n));
            }
        }
        out.add(db.toString());
        out.addAll(w.hotMethods());
        out.add("  statements per " + unit + ", most frequent first:");
        statements.entrySet().stream().filter(e -> !e.getKey().startsWith("("))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(TOP)
                .forEach(e -> out.add(String.format("    %5.2f  %s", e.getValue() / n, e.getKey())));
        return out;
    }

    private static String perUnit(Map<String, Long> byVerb, double n) {
        StringBuilder s = new StringBuilder("(");
        byVerb.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> s.append(s.length() == 1 ? "" : ", ").append(String.format("%.1f %s", e.getValue() / n,
                        e.getKey())));
        return s.append(')').toString();
    }

    private static long count(Map<String, Long> statements, String key) {
        return statements.getOrDefault(key, 0L);
    }

    static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> d = new HashMap<>();
        after.forEach((k, v) -> {
            long diff = v - before.getOrDefault(k, 0L);
            if (diff != 0) {
                d.put(k, diff);
            }
        });
        return d;
    }
}
