package org.onecard.terminal.live.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.terminal.live.LiveProperties;
import org.onecard.terminal.live.domain.EventRing;
import org.onecard.terminal.live.domain.TransactionEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Live monitor streams: each reads the monitor's ring at its own pace from its own position, so a
 * slow reader slows nobody; what it fell too far behind to read is reported as missed. At most
 * {@code max-monitors} streams are open; each ends after {@code stream-duration}.
 */
@Component
public class MonitorStreams {

    /** Transactions a fresh stream starts with, from before it opened. */
    public static final int BACKLOG = 100;
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    /** What a stream carries. */
    public sealed interface Item {
        record Transaction(long seq, TransactionEvent event) implements Item {
        }

        record Missed(long count) implements Item {
        }

        record KeepAlive() implements Item {
        }
    }

    /**
     * Which transactions a stream shows; null means any.
     *
     * @param scope the operator's outlets; empty means every outlet
     */
    public record Filter(Long outletId, String terminalCode, boolean refusalsOnly, Set<Long> scope) {

        public Filter {
            scope = Set.copyOf(scope);
        }

        boolean accepts(TransactionEvent e) {
            return (scope.isEmpty() || scope.contains(e.outletId()))
                    && (outletId == null || outletId == e.outletId())
                    && (terminalCode == null || terminalCode.equals(e.terminalCode()))
                    && !(refusalsOnly && e.approved());
        }
    }

    private final TransactionMonitor monitor;
    private final LiveProperties properties;
    private final AtomicInteger open = new AtomicInteger();

    public MonitorStreams(TransactionMonitor monitor, LiveProperties properties) {
        this.monitor = monitor;
        this.properties = properties;
    }

    /**
     * The transactions after {@code after} (null: the last {@link #BACKLOG} before now), then each new
     * one as it happens; fails with 5122 when too many streams are open.
     */
    public Flux<Item> open(Filter filter, Long after) {
        return Flux.defer(() -> {
            if (open.incrementAndGet() > properties.maxMonitors()) {
                open.decrementAndGet();
                return Flux.error(new ApiException(ResultCode.MONITOR_BUSY,
                        properties.maxMonitors() + " monitors are open already"));
            }
            long start = after != null ? after : Math.max(0, monitor.head() - BACKLOG);
            // a keep-alive first: the answer's headers go out at once, not with the first transaction
            Flux<Item> keepAlive = Flux.interval(Duration.ZERO, KEEP_ALIVE).map(t -> new Item.KeepAlive());
            return Flux.merge(keepAlive, transactions(filter, start))
                    .take(properties.streamDuration())
                    .doFinally(signal -> open.decrementAndGet());
        });
    }

    private Flux<Item> transactions(Filter filter, long start) {
        long[] position = {start};
        return Flux.interval(Duration.ZERO, properties.monitorTick())
                .onBackpressureDrop()
                .concatMapIterable(tick -> {
                    EventRing.Batch<TransactionEvent> batch = monitor.after(position[0], properties.maxPerTick());
                    position[0] = batch.last();
                    List<Item> items = new ArrayList<>();
                    if (batch.missed() > 0) {
                        items.add(new Item.Missed(batch.missed()));
                    }
                    batch.items().stream().filter(n -> filter.accepts(n.value()))
                            .forEach(n -> items.add(new Item.Transaction(n.seq(), n.value())));
                    return items;
                });
    }
}
