package org.onecard.terminal.server;

import java.time.Duration;
import org.onecard.terminal.iso8583.Frames;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The terminal TCP listener ({@code onecard.terminal.*}); every limit is bounded.
 *
 * @param port                      0 picks a free port (tests read it from {@link TerminalServer#port()})
 * @param tpdu                      whether every frame carries a 5-byte TPDU header
 * @param maxFrameBytes             largest body (TPDU + message) accepted, at most {@link Frames#MAX_BODY_BYTES}
 * @param readTimeout               a frame must be complete this long after its first byte arrived
 * @param idleTimeout               a connection that receives nothing for this long is closed
 * @param maxConnections            open connections in total
 * @param maxConnectionsPerTerminal open connections bound to one terminal (field 41)
 * @param maxInFlight               requests of one connection read but not yet answered
 * @param maxConcurrentRequests     requests handled at once over all connections; the rest wait their turn
 */
@ConfigurationProperties("onecard.terminal")
public record TerminalServerProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0.0.0.0") String host,
        @DefaultValue("9100") int port,
        @DefaultValue("false") boolean tpdu,
        @DefaultValue("4096") int maxFrameBytes,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("300s") Duration idleTimeout,
        @DefaultValue("5000") int maxConnections,
        @DefaultValue("2") int maxConnectionsPerTerminal,
        @DefaultValue("8") int maxInFlight,
        @DefaultValue("32") int maxConcurrentRequests) {

    public TerminalServerProperties {
        require(port >= 0 && port <= 0xFFFF, "port must be 0..65535");
        require(maxFrameBytes >= 1 && maxFrameBytes <= Frames.MAX_BODY_BYTES, "max-frame-bytes must be 1.." + Frames.MAX_BODY_BYTES);
        require(readTimeout.toMillis() > 0 && idleTimeout.toMillis() > 0, "timeouts must be positive");
        require(maxConnections >= 1 && maxConnectionsPerTerminal >= 1, "connection limits must be at least 1");
        require(maxInFlight >= 1 && maxInFlight <= 256, "max-in-flight must be 1..256");
        require(maxConcurrentRequests >= 1 && maxConcurrentRequests <= 1024, "max-concurrent-requests must be 1..1024");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("onecard.terminal: " + message);
        }
    }
}
