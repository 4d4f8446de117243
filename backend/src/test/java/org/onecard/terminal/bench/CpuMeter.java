package org.onecard.terminal.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the machine's CPU goes during a phase: the whole machine (/proc/stat), MariaDB's server
 * process, this JVM, and inside it the generator's thread, the Reactor Netty event loops (the
 * terminal server and the R2DBC driver share them), other threads and the garbage collector.
 */
final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0;

    record Sample(long atNanos, long machineBusyTicks, long machineTotalTicks, long dbTicks, long processNanos,
                  long gcMillis, Map<String, Long> threadGroups, Map<String, Long> vmTicks) {
    }

    /** The JVM's own native threads, by the name the kernel knows them by (Java threads are named there too). */
    private static final String JIT = "JIT compiler";
    private static final String GC = "GC and VM threads";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Optional<Path> dbStat = mariadbStat();

    Sample sample() {
        long[] machine = machine();
        Map<String, Long> groups = new HashMap<>();
        long[] ids = threads.getAllThreadIds();
        ThreadInfo[] infos = threads.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            if (infos[i] != null) {
                long cpu = threads.getThreadCpuTime(ids[i]);
                if (cpu > 0) {
                    groups.merge(group(infos[i].getThreadName()), cpu, Long::sum);
                }
            }
        }
        long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        long process = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        return new Sample(System.nanoTime(), machine[0], machine[1], dbTicks(), process, gc, groups, vmThreads());
    }

    /** CPU in cores (1.00 = one core busy) between two samples. */
    static String between(Sample a, Sample b, int cores) {
        double seconds = (b.atNanos() - a.atNanos()) / 1e9;
        double machineBusy = (double) (b.machineBusyTicks() - a.machineBusyTicks())
                / Math.max(1, b.machineTotalTicks() - a.machineTotalTicks()) * cores;
        double db = b.dbTicks() < 0 ? Double.NaN : (b.dbTicks() - a.dbTicks()) / TICKS_PER_SECOND / seconds;
        double jvm = (b.processNanos() - a.processNanos()) / 1e9 / seconds;
        StringBuilder s = new StringBuilder(String.format("machine %.2f of %d cores busy (other processes %.2f);"
                + " mariadbd %.2f; JVM %.2f (", machineBusy, cores, machineBusy - jvm - (Double.isNaN(db) ? 0 : db), db, jvm));
        double javaThreads = 0;
        for (String g : new String[] {"generator", "netty event loops (server + R2DBC driver)", "other threads"}) {
            long delta = b.threadGroups().getOrDefault(g, 0L) - a.threadGroups().getOrDefault(g, 0L);
            javaThreads += delta / 1e9 / seconds;
            s.append(g).append(' ').append(String.format("%.2f", delta / 1e9 / seconds)).append(", ");
        }
        double jit = ticks(a, b, JIT) / TICKS_PER_SECOND / seconds;
        double gcThreads = ticks(a, b, GC) / TICKS_PER_SECOND / seconds;
        s.append(String.format("JIT compiler %.2f, GC and VM threads %.2f, threads that ended %.2f, ", jit, gcThreads,
                Math.max(0, jvm - javaThreads - jit - gcThreads)));
        return s.append(String.format("GC pauses %.0f ms/s)", (b.gcMillis() - a.gcMillis()) / seconds)).toString();
    }

    /** The JIT compiler threads' CPU in cores between two samples. */
    static double jitCores(Sample a, Sample b) {
        return ticks(a, b, JIT) / TICKS_PER_SECOND / ((b.atNanos() - a.atNanos()) / 1e9);
    }

    private static long ticks(Sample a, Sample b, String group) {
        return b.vmTicks().getOrDefault(group, 0L) - a.vmTicks().getOrDefault(group, 0L);
    }

    /**
     * CPU ticks of the JIT compiler threads (C1/C2, added and removed as the queue grows and shrinks: one
     * that ended in the window leaves its ticks uncounted) and of the collector's and VM's threads.
     */
    private static Map<String, Long> vmThreads() {
        Map<String, Long> ticks = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String group = vmGroup(name);
                    if (group != null) {
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks.merge(group, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended while it was being read
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return ticks;
    }

    private static String vmGroup(String name) {
        if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
            return JIT;
        }
        if (name.startsWith("G1 ") || name.startsWith("GC Thread") || name.startsWith("VM ")) {
            return GC;
        }
        return null;
    }

    private static String group(String thread) {
        if (thread.startsWith("bench-gen")) {
            return "generator";
        }
        if (thread.startsWith("reactor-tcp") || thread.startsWith("reactor-http")) {
            return "netty event loops (server + R2DBC driver)";
        }
        return "other threads";
    }

    /** Busy and total jiffies of all CPUs. */
    private static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 1};
        }
    }

    private long dbTicks() {
        return dbStat.map(p -> {
            try {
                String stat = Files.readString(p);
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (IOException | RuntimeException e) {
                return -1L;
            }
        }).orElse(-1L);
    }

    private static Optional<Path> mariadbStat() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> {
                        try {
                            String comm = Files.readString(p.resolve("comm")).trim();
                            return comm.equals("mariadbd") || comm.equals("mysqld");
                        } catch (IOException e) {
                            return false;
                        }
                    }).map(p -> p.resolve("stat")).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
