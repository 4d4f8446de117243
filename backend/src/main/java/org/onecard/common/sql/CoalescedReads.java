package org.onecard.common.sql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.onecard.common.concurrent.Drain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Point reads of one kind that arrive while that kind of read is already in flight wait, and go
 * together as one statement over all their keys ({@code WHERE key IN (...)}): under load a thousand
 * terminals' look-ups cost a few dozen statements instead of a thousand, and a lone read still goes
 * at once (no timer). A statement costs this server far more than a row (`make bench-driver`).
 * <p>
 * Only for reads outside any transaction: the statement runs on a connection of its own, so it sees
 * what is committed, never a caller's uncommitted rows. A key asked twice at once is read once;
 * when the statement fails, every read waiting on it fails with its error.
 *
 * @param <K> the key (equals and hashCode as a map key)
 * @param <V> what a key reads; a key the statement does not return reads empty
 */
public final class CoalescedReads<K, V> {

    private record Pending<K, V>(K key, Sinks.One<V> sink) {
    }

    private final int maxKeys;
    private final int maxInFlight;
    private final Function<List<K>, Mono<Map<K, V>>> readAll;
    private final Deque<Pending<K, V>> queue = new ArrayDeque<>();
    private int inFlight;
    private final Drain drain = new Drain(this::startWhileRoom);

    /**
     * @param maxKeys     keys in one statement at most (SQL Server takes 2,100 parameters)
     * @param maxInFlight statements of this kind running at once (one runs while the next fills)
     * @param readAll     the values of these distinct keys, one statement; absent keys left out
     */
    public CoalescedReads(int maxKeys, int maxInFlight, Function<List<K>, Mono<Map<K, V>>> readAll) {
        if (maxKeys < 1 || maxInFlight < 1) {
            throw new IllegalArgumentException("maxKeys and maxInFlight must be at least 1");
        }
        this.maxKeys = maxKeys;
        this.maxInFlight = maxInFlight;
        this.readAll = readAll;
    }

    /** The key's value as a statement read it once this read was asked; empty when the key has none. */
    public Mono<V> read(K key) {
        return Mono.defer(() -> {
            Sinks.One<V> sink = Sinks.one();
            synchronized (this) {
                queue.add(new Pending<>(key, sink));
            }
            drain.run();
            return sink.asMono();
        });
    }


    private void startWhileRoom() {
        for (;;) {
            List<Pending<K, V>> batch;
            synchronized (this) {
                if (inFlight >= maxInFlight || queue.isEmpty()) {
                    return;
                }
                batch = take();
                inFlight++;
            }
            run(batch);
        }
    }

    /** The oldest reads waiting whose keys fit in one statement (a key already taken rides along). Under the lock. */
    private List<Pending<K, V>> take() {
        List<Pending<K, V>> batch = new ArrayList<>();
        Set<K> keys = new LinkedHashSet<>();
        for (Iterator<Pending<K, V>> it = queue.iterator(); it.hasNext(); ) {
            Pending<K, V> p = it.next();
            if (keys.contains(p.key()) || keys.size() < maxKeys) {
                keys.add(p.key());
                batch.add(p);
                it.remove();
            }
        }
        return batch;
    }

    private void run(List<Pending<K, V>> batch) {
        List<K> keys = new ArrayList<>(new LinkedHashSet<>(batch.stream().map(Pending::key).toList()));
        Mono.defer(() -> readAll.apply(keys))
                .defaultIfEmpty(Map.of())
                .doFinally(signal -> {
                    synchronized (this) {
                        inFlight--;
                    }
                    drain.run();
                })
                .subscribe(found -> batch.forEach(p -> {
                    V value = found.get(p.key());
                    if (value == null) {
                        p.sink().tryEmitEmpty();
                    } else {
                        p.sink().tryEmitValue(value);
                    }
                }), error -> batch.forEach(p -> p.sink().tryEmitError(error)));
    }
}
