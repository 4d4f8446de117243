package org.onecard.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.onecard.ledger.verify.LedgerVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The latest ledger verification as metrics (README "Metrics"): whether it was clean, how many
 * discrepancies it found, and when it ran; NaN until a run has finished. Besides the runs operators
 * start (GET /api/ledger/verify), the server verifies on its own every
 * {@code onecard.monitoring.verify-every} (24 h by default; the first run one interval after start, so a
 * restart storm does not scan the ledger each time).
 */
@Component
class VerifyMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(VerifyMetrics.class);

    private final LedgerVerifier verifier;

    VerifyMetrics(LedgerVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("onecard.ledger.verify.clean", verifier,
                        v -> v.last().map(r -> r.clean() ? 1.0 : 0.0).orElse(Double.NaN))
                .description("1 when the latest ledger verification found the books clean, 0 when not").register(registry);
        Gauge.builder("onecard.ledger.verify.discrepancies", verifier,
                        v -> v.last().map(r -> (double) r.discrepancies().size()).orElse(Double.NaN))
                .description("Discrepancies the latest ledger verification found").register(registry);
        Gauge.builder("onecard.ledger.verify.time", verifier,
                        v -> v.last().map(r -> r.checkedAt().toEpochMilli() / 1000.0).orElse(Double.NaN))
                .description("When the latest ledger verification ran (Unix time)").baseUnit("seconds").register(registry);
    }

    @Scheduled(initialDelayString = "${onecard.monitoring.verify-every:PT24H}",
            fixedDelayString = "${onecard.monitoring.verify-every:PT24H}")
    void verifyNow() {
        verifier.verify().subscribe(
                report -> log.info("scheduled ledger verify: {}", report.clean() ? "clean"
                        : report.discrepancies().size() + " discrepancies"),
                e -> log.warn("scheduled ledger verify failed", e));
    }
}
