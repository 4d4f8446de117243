package org.onecard.common.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class ShortLivedTests {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();

    private ShortLived<String, Integer> cache(Duration ttl) {
        return new ShortLived<>(key -> Mono.fromSupplier(() -> loads.incrementAndGet()), ttl, nanos::get);
    }

    @Test
    void aValueIsKeptForItsTimeThenLoadedAgain() {
        ShortLived<String, Integer> cache = cache(Duration.ofSeconds(2));

        assertThat(cache.get("a").block()).isEqualTo(1);
        nanos.addAndGet(Duration.ofMillis(1_999).toNanos());
        assertThat(cache.get("a").block()).isEqualTo(1);
        assertThat(cache.get("b").block()).isEqualTo(2);
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(cache.get("a").block()).isEqualTo(3);
    }

    @Test
    void invalidateForgetsEverything() {
        ShortLived<String, Integer> cache = cache(Duration.ofHours(1));
        cache.get("a").block();

        cache.invalidate();

        assertThat(cache.get("a").block()).isEqualTo(2);
        assertThat(cache.get("a").block()).isEqualTo(2);
    }

    @Test
    void aLoadThatStartedBeforeAnInvalidationIsNotKept() {
        Sinks.One<Integer> slow = Sinks.one();
        AtomicInteger calls = new AtomicInteger();
        ShortLived<String, Integer> cache = new ShortLived<>(key -> calls.incrementAndGet() == 1 ? slow.asMono()
                : Mono.just(42), Duration.ofHours(1), nanos::get);
        Mono<Integer> first = cache.get("a").cache();
        first.subscribe();

        cache.invalidate();
        slow.tryEmitValue(7);

        assertThat(first.block()).isEqualTo(7);
        assertThat(cache.get("a").block()).isEqualTo(42);
    }

    @Test
    void emptyResultsAndErrorsAreNotKept() {
        AtomicInteger calls = new AtomicInteger();
        ShortLived<String, Integer> cache = new ShortLived<>(key -> switch (calls.incrementAndGet()) {
            case 1 -> Mono.empty();
            case 2 -> Mono.error(new IllegalStateException("down"));
            default -> Mono.just(5);
        }, Duration.ofHours(1), nanos::get);

        assertThat(cache.get("a").blockOptional()).isEmpty();
        assertThat(cache.get("a").onErrorReturn(-1).block()).isEqualTo(-1);
        assertThat(cache.get("a").block()).isEqualTo(5);
        assertThat(cache.get("a").block()).isEqualTo(5);
        assertThat(calls.get()).isEqualTo(3);
    }

    @Test
    void readsThatArriveDuringALoadShareItAndAReadAfterAnInvalidationDoesNot() {
        List<Sinks.One<Integer>> loadsStarted = new ArrayList<>();
        ShortLived<String, Integer> cache = new ShortLived<>(key -> {
            Sinks.One<Integer> load = Sinks.one();
            loadsStarted.add(load);
            return load.asMono();
        }, Duration.ofSeconds(2), nanos::get);

        Mono<Integer> first = cache.get("a").cache();
        Mono<Integer> second = cache.get("a").cache();
        first.subscribe();
        second.subscribe();
        assertThat(loadsStarted).as("the second read waits for the first one's load").hasSize(1);
        cache.invalidate();
        Mono<Integer> afterChange = cache.get("a").cache();
        afterChange.subscribe();
        assertThat(loadsStarted).as("a read after a change does not take the older load").hasSize(2);

        loadsStarted.get(0).tryEmitValue(7);
        loadsStarted.get(1).tryEmitValue(8);

        assertThat(first.block()).isEqualTo(7);
        assertThat(second.block()).isEqualTo(7);
        assertThat(afterChange.block()).isEqualTo(8);
        assertThat(cache.get("a").block()).as("kept: no third load").isEqualTo(8);
        assertThat(loadsStarted).hasSize(2);
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        cache.get("a").subscribe();
        assertThat(loadsStarted).as("expired: loaded again").hasSize(3);
    }
}
