package org.onecard.common.cache;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.LongSupplier;
import reactor.core.publisher.Mono;

/**
 * Values read on every terminal request but changed rarely (parameters, meal periods, card types),
 * kept for a short time: a change made through this server is seen at once ({@link #invalidate});
 * one made elsewhere (another instance, by hand in the database) within {@code ttl}. A load that
 * started before an invalidation is not kept. Empty results and errors are never kept. Reads that
 * find no fresh value while a load of it is under way wait for that load instead of starting
 * their own: when a value many requests use expires, one statement reloads it, not hundreds.
 */
public final class ShortLived<K, V> {

    private record Entry<V>(V value, long loadedAt, long generation) {
    }

    private record Loading<V>(Mono<V> value, long generation) {
    }

    private final Function<K, Mono<V>> loader;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Map<K, Loading<V>> loading = new ConcurrentHashMap<>();
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
            Loading<V> under = loading.compute(key, (k, l) -> l != null && l.generation() == gen ? l
                    : load(k, now, gen));
            return under.value();
        });
    }

    /** One load shared by every read that arrives while it runs; forgotten when it ends. */
    private Loading<V> load(K key, long now, long gen) {
        AtomicReference<Loading<V>> self = new AtomicReference<>();
        Mono<V> value = loader.apply(key)
                .doOnNext(v -> {
                    if (generation.get() == gen) {
                        entries.put(key, new Entry<>(v, now, gen));
                    }
                })
                .doFinally(signal -> loading.remove(key, self.get()))
                .cache(v -> Duration.ZERO, e -> Duration.ZERO, () -> Duration.ZERO);
        self.set(new Loading<>(value, gen));
        return self.get();
    }

    /** Forgets every value: the next read loads afresh. */
    public void invalidate() {
        generation.incrementAndGet();
        entries.clear();
    }
}
