package org.onecard.terminal.server;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.onecard.common.text.Ascii;
import org.onecard.terminal.iso8583.IsoMessage;

/**
 * What the terminal server measures (README "Metrics"): every frame's answer by request MTI and
 * response code with its latency ({@code onecard.terminal.messages}), and the money decisions of
 * purchases and reversals by response and catalogue result code ({@code onecard.terminal.decisions}).
 * Label values are bounded: an MTI no handler takes is "other", a frame without reply "none".
 */
final class TerminalMetrics {

    /** Nothing is recorded (tests without a registry). */
    static final TerminalMetrics NONE = new TerminalMetrics(new CompositeMeterRegistry(), mti -> false);

    static final String MESSAGES = "onecard.terminal.messages";
    static final String DECISIONS = "onecard.terminal.decisions";
    /** Field 44 of a refusal carries the catalogue result code (PurchaseReplies.REASON). */
    private static final int REASON = 44;
    /** A few latency buckets (not a full histogram: the label combinations multiply every bucket). */
    private static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(10), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5)};

    private final MeterRegistry registry;
    private final Predicate<String> handled;
    /** Built once per (MTI, response): this runs for every frame, and a builder registers through a lookup. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    TerminalMetrics(MeterRegistry registry, Predicate<String> handled) {
        this.registry = registry;
        this.handled = handled;
    }

    /** The same metrics, with the MTIs the pipeline's handlers take as label values. */
    TerminalMetrics handling(Predicate<String> handledMtis) {
        return new TerminalMetrics(registry, handledMtis);
    }

    void answered(Reply reply, long startNanos) {
        IsoMessage message = reply.message();
        String mti = message == null ? "none" : requestMti(message.mti());
        String response = message == null || !message.has(39) ? "closed" : message.text(39);
        timers.computeIfAbsent(mti + ' ' + response, k -> Timer.builder(MESSAGES)
                        .description("Terminal frames answered, by request MTI and response code")
                        .tag("mti", mti).tag("response", response)
                        .serviceLevelObjectives(LATENCY_BUCKETS)
                        .register(registry))
                .record(Duration.ofNanos(System.nanoTime() - startNanos));
        if ("0200".equals(mti) || "0400".equals(mti)) {
            String result = message.has(REASON) && Ascii.digits(message.text(REASON), 1, 5) ? message.text(REASON)
                    : "00".equals(response) ? "0" : "none";
            registry.counter(DECISIONS, "mti", mti, "response", response, "result", result).increment();
        }
    }

    /** The request's MTI a reply answers (its third digit one less), when a handler takes it; else "other". */
    private String requestMti(String replyMti) {
        char function = replyMti.charAt(2);
        String request = function == '0' ? replyMti
                : replyMti.substring(0, 2) + (char) (function - 1) + replyMti.charAt(3);
        return handled.test(request) ? request : "other";
    }
}
