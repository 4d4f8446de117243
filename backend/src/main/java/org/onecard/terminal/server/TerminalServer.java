package org.onecard.terminal.server;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.onecard.terminal.TerminalActivity;
import org.onecard.terminal.TerminalDirectory;
import org.onecard.terminal.iso8583.Frames;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.DisposableServer;
import reactor.netty.NettyInbound;
import reactor.netty.NettyOutbound;
import reactor.netty.tcp.TcpServer;

/**
 * The terminal TCP listener, started and stopped with the application context. Each connection
 * is framed by {@link FrameDecoder}, closed when idle, and its requests are handled in order with
 * at most {@code max-in-flight} read but not yet answered (the socket is not read beyond that).
 */
@Component
@ConditionalOnProperty(prefix = "onecard.terminal", name = "enabled", havingValue = "true", matchIfMissing = true)
public class TerminalServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TerminalServer.class);

    private final TerminalServerProperties properties;
    private final ConnectionLimits limits;
    private final RequestPipeline pipeline;
    private volatile DisposableServer server;

    public TerminalServer(TerminalServerProperties properties, List<MessageHandler> handlers,
            ObjectProvider<TerminalDirectory> directory, ObjectProvider<TerminalActivity> activity,
            ObjectProvider<MeterRegistry> registry) {
        this.properties = properties;
        this.limits = new ConnectionLimits(properties.maxConnections(), properties.maxConnectionsPerTerminal());
        MeterRegistry meters = registry.getIfAvailable(CompositeMeterRegistry::new);
        Gauge.builder("onecard.terminal.connections", limits, ConnectionLimits::total)
                .description("Open terminal TCP connections").register(meters);
        Gauge.builder("onecard.terminal.online", limits, ConnectionLimits::boundTerminals)
                .description("Terminals with a connection bound to them (signed on with a valid MAC)").register(meters);
        this.pipeline = new RequestPipeline(Frames.of(properties.tpdu()), directory.getIfAvailable(() -> {
            log.warn("no TerminalDirectory bean: every terminal is unknown");
            return code -> Mono.empty();
        }), handlers, limits, new Admission(properties.maxConcurrentRequests()),
                activity.getIfAvailable(() -> TerminalActivity.NONE), new TerminalMetrics(meters, mti -> false));
    }

    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        server = TcpServer.create()
                .host(properties.host())
                .port(properties.port())
                .doOnConnection(this::configure)
                .handle(this::serve)
                .bindNow(Duration.ofSeconds(10));
        log.info("terminal server listening on port {}", server.port());
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.disposeNow(Duration.ofSeconds(5));
            server = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    /** The bound port (useful with {@code onecard.terminal.port=0}); -1 when not running. */
    public int port() {
        DisposableServer s = server;
        return s == null ? -1 : s.port();
    }

    /** Open connections (for tests and monitoring). */
    public int openConnections() {
        return limits.total();
    }

    /** Whether a connection is bound to this terminal (field-41 code) now. */
    public boolean online(String code) {
        return limits.bound(code);
    }

    private void configure(Connection connection) {
        if (!limits.open()) {
            log.warn("closing {}: {} connections open", connection.channel().remoteAddress(), properties.maxConnections());
            connection.dispose();
            return;
        }
        connection.onDispose(limits::close);
        connection.addHandlerLast("onecard.frame", new FrameDecoder(properties.maxFrameBytes(), properties.readTimeout()));
        connection.onReadIdle(properties.idleTimeout().toMillis(), connection::dispose);
    }

    private Publisher<Void> serve(NettyInbound inbound, NettyOutbound outbound) {
        TerminalSession[] session = new TerminalSession[1];
        inbound.withConnection(connection -> {
            session[0] = new TerminalSession(connection.channel().remoteAddress());
            connection.onDispose(() -> {
                String code = session[0].boundCode();
                if (code != null) {
                    limits.unbind(code);
                }
            });
        });
        Flux<byte[]> replies = inbound.receiveObject()
                .ofType(byte[].class)
                .concatMap(body -> pipeline.process(body, session[0]), properties.maxInFlight())
                .takeUntil(Reply::close)
                .filter(reply -> reply.frame() != null)
                .map(Reply::frame);
        return outbound.sendByteArray(replies).then();
    }
}
