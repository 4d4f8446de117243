package org.onecard.terminal.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live state and the transaction monitor ({@code onecard.live.*}); every buffer and stream is bounded.
 *
 * @param flushInterval  how often terminals' last-seen time and last transaction are written to the
 *                       database (never on the request path)
 * @param monitorBuffer  transactions kept in memory for monitors; a monitor further behind loses the oldest
 * @param maxMonitors    monitor streams open at once (beyond: 5122)
 * @param monitorTick    how often a monitor stream looks for new transactions
 * @param maxPerTick     transactions one stream sends per tick; more are skipped, oldest first, and counted
 * @param streamDuration a monitor stream ends after this long and the page reconnects, with a fresh token
 */
@ConfigurationProperties("onecard.live")
public record LiveProperties(
        @DefaultValue("5s") Duration flushInterval,
        @DefaultValue("4096") int monitorBuffer,
        @DefaultValue("20") int maxMonitors,
        @DefaultValue("250ms") Duration monitorTick,
        @DefaultValue("200") int maxPerTick,
        @DefaultValue("10m") Duration streamDuration) {

    public LiveProperties {
        require(flushInterval.toMillis() > 0 && monitorTick.toMillis() > 0 && streamDuration.toMillis() > 0,
                "durations must be positive");
        require(monitorBuffer >= 16 && monitorBuffer <= 1_000_000, "monitor-buffer must be 16..1000000");
        require(maxMonitors >= 1 && maxPerTick >= 1, "max-monitors and max-per-tick must be at least 1");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("onecard.live: " + message);
        }
    }
}
