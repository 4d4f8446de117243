package org.onecard.common.cache;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import reactor.core.publisher.Mono;

/**
 * Values read on every terminal request but changed rarely (parameters, meal periods, card types),
 * kept for a short time: a change made through this server is seen at once ({@link #invalidate});
 * one made elsewhere (another instance, by hand in the database) within {@code ttl}. A load that
 * started before an invalidation is not kept. Empty results and errors are never kept.
 */
public final class ShortLived<K, V> {

    private record Entry<V>(V value, long loadedAt, long generation) {
    }

    private final Function<K, Mono<V>> loader;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public ShortLived(Function<K, Mono<V>> loader, Duration ttl) {
        this(loader, ttl, System::nanoTime);
    }

    ShortLived(Function<K, Mono<V>> loader, Duration ttl, LongSupplier nanoTime) {
        this.loader = loader;
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    public Mono<V> get(K key) {
        return Mono.defer(() -> {
            Entry<V> e = entries.get(key);
            long now = nanoTime.getAsLong();
            long gen = generation.get();
            if (e != null && e.generation() == gen && now - e.loadedAt() < ttlNanos) {
                return Mono.just(e.value());
            }
            return loader.apply(key).doOnNext(v -> {
                if (generation.get() == gen) {
                    entries.put(key, new Entry<>(v, now, gen));
                }
            });
        });
    }

    /** Forgets every value: the next read loads afresh. */
    public void invalidate() {
        generation.incrementAndGet();
        entries.clear();
    }
}
