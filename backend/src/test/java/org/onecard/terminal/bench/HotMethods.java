package org.onecard.terminal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Java Flight Recorder CPU profile of this JVM over a window: which code the threads were
 * running when sampled (every 10 ms per thread), by package and by method, the generator's own
 * thread left out. Shows where the server's CPU goes per approval.
 */
final class HotMethods {

    private static final int TOP = 12;
    private static final String REGEX = "java.util.regex";

    private final Recording recording = new Recording();

    HotMethods start() {
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
        recording.enable("jdk.Compilation").withThreshold(Duration.ZERO);
        recording.enable("jdk.Deoptimization");
        recording.start();
        return this;
    }

    List<String> stop() throws IOException {
        recording.stop();
        Path file = Files.createTempFile("bench-terminal", ".jfr");
        try {
            recording.dump(file);
            return describe(RecordingFile.readAllEvents(file));
        } finally {
            recording.close();
            Files.deleteIfExists(file);
        }
    }

    private static List<String> describe(List<RecordedEvent> events) {
        Map<String, Integer> byPackage = new HashMap<>();
        Map<String, Integer> byMethod = new HashMap<>();
        Map<String, Integer> byApplication = new HashMap<>();
        Map<String, Integer> regexCallers = new HashMap<>();
        int samples = 0;
        int regex = 0;
        Jit jit = new Jit();
        for (RecordedEvent e : events) {
            jit.add(e);
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null
                    || e.getStackTrace().getFrames().isEmpty()) {
                continue;
            }
            String thread = e.getThread("sampledThread") == null ? "" : e.getThread("sampledThread").getJavaName();
            if (thread != null && thread.startsWith("bench-")) {
                continue;
            }
            RecordedFrame top = e.getStackTrace().getFrames().get(0);
            String type = top.getMethod().getType().getName();
            byMethod.merge(type + "." + top.getMethod().getName(), 1, Integer::sum);
            byPackage.merge(packageOf(type), 1, Integer::sum);
            byApplication.merge(firstApplicationFrame(e), 1, Integer::sum);
            if (type.startsWith(REGEX)) {
                regexCallers.merge(callerOutside(e, REGEX), 1, Integer::sum);
                regex++;
            }
            samples++;
        }
        List<String> out = new ArrayList<>();
        out.add("  JFR CPU samples of the server's threads (" + samples + "), by package of the running method: "
                + top(byPackage, samples, 8));
        out.add("  hottest methods: " + top(byMethod, samples, TOP));
        out.add("  innermost OneCard method on the stack (none: Reactor, Netty or driver code between callbacks): "
                + top(byApplication, samples, TOP));
        out.add(jit.describe());
        if (regex > 0) {
            out.add("  " + REGEX + " (" + regex + " samples) called from: " + top(regexCallers, regex, 6));
        }
        return out;
    }

    /** What the JIT did in the window: a phase measured while it still compiles is not the server's steady state. */
    private static final class Jit {
        private int compilations;
        private int optimizing;
        private double millis;
        private final Map<String, Integer> deoptimizations = new HashMap<>();
        private int deoptimized;

        void add(RecordedEvent e) {
            String type = e.getEventType().getName();
            if (type.equals("jdk.Compilation")) {
                compilations++;
                millis += e.getDuration().toNanos() / 1e6;
                if (e.getInt("compileLevel") == 4) {
                    optimizing++;
                }
            } else if (type.equals("jdk.Deoptimization")) {
                deoptimized++;
                deoptimizations.merge(e.getString("reason"), 1, Integer::sum);
            }
        }

        String describe() {
            return String.format("  JIT: %d compilations (%d by C2), %.0f ms compiling; %d deoptimizations%s",
                    compilations, optimizing, millis, deoptimized,
                    deoptimized == 0 ? "" : " (" + top(deoptimizations, deoptimized, 4) + ")");
        }
    }

    /**
     * The two frames that called into {@code prefix} from outside it (and outside java.lang.String,
     * whose split and replace compile patterns): who pays for a JDK package that should be cheap.
     */
    private static String callerOutside(RecordedEvent e, String prefix) {
        List<RecordedFrame> frames = e.getStackTrace().getFrames();
        for (int i = 0; i < frames.size(); i++) {
            String type = frames.get(i).getMethod().getType().getName();
            if (!type.startsWith(prefix) && !type.equals("java.lang.String")) {
                String caller = name(frames.get(i));
                return i + 1 < frames.size() ? caller + " < " + name(frames.get(i + 1)) : caller;
            }
        }
        return "?";
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }

    /** The innermost frame of our own code (lambdas named by their enclosing class), or "none". */
    private static String firstApplicationFrame(RecordedEvent e) {
        for (RecordedFrame frame : e.getStackTrace().getFrames()) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("org.onecard.") && !type.startsWith("org.onecard.terminal.bench")) {
                String simple = type.substring(type.lastIndexOf('.') + 1).replaceAll("\\$\\$Lambda.*", "");
                String method = frame.getMethod().getName().replaceAll("^lambda\\$(.*)\\$\\d+$", "$1");
                return simple + "." + method;
            }
        }
        return "none";
    }

    /** The first three parts of a package name (io.asyncer.r2dbc, org.onecard.terminal, java.util.regex). */
    private static String packageOf(String type) {
        String[] parts = type.split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(3, parts.length - 1)));
    }

    private static String top(Map<String, Integer> counts, int samples, int n) {
        StringBuilder s = new StringBuilder();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(n).forEach(e -> s.append(s.length() == 0 ? "" : ", ")
                        .append(String.format("%s %.0f%%", e.getKey(), 100.0 * e.getValue() / Math.max(1, samples))));
        return s.toString();
    }
}
