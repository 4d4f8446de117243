package org.onecard.terminal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class AdmissionTests {

    @Test
    void atMostMaxRunAndTheOthersStartInArrivalOrder() {
        Admission admission = new Admission(2);
        List<Sinks.One<String>> gates = new ArrayList<>();
        List<Integer> started = new CopyOnWriteArrayList<>();
        List<String> results = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 5; i++) {
            Sinks.One<String> gate = Sinks.one();
            gates.add(gate);
            int n = i;
            admission.run(() -> {
                started.add(n);
                return gate.asMono();
            }).subscribe(results::add);
        }

        assertThat(started).containsExactly(0, 1);
        assertThat(admission.waiting()).isEqualTo(3);
        gates.get(1).tryEmitValue("one");
        assertThat(started).containsExactly(0, 1, 2);
        gates.get(0).tryEmitError(new IllegalStateException("failed"));
        gates.get(2).tryEmitEmpty();
        assertThat(started).containsExactly(0, 1, 2, 3, 4);
        gates.get(3).tryEmitValue("three");
        gates.get(4).tryEmitValue("four");

        assertThat(results).containsExactly("one", "three", "four");
        assertThat(admission.running()).isZero();
        assertThat(admission.waiting()).isZero();
    }

    @Test
    void anErrorReachesItsCallerAndFreesItsPlace() {
        Admission admission = new Admission(1);

        assertThatThrownBy(() -> admission.run(() -> Mono.error(new IllegalStateException("boom"))).block())
                .hasMessageContaining("boom");
        assertThatThrownBy(() -> admission.run(() -> {
            throw new IllegalArgumentException("thrown");
        }).block()).hasMessageContaining("thrown");
        assertThat(admission.run(() -> Mono.just(7)).block()).isEqualTo(7);
        assertThat(admission.running()).isZero();
    }

    @Test
    void manyThreadsNeverExceedTheLimitAndAllFinish() throws Exception {
        Admission admission = new Admission(3);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(2_000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int i = 0; i < 2_000; i++) {
                pool.execute(() -> admission.run(() -> Mono.fromCallable(() -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    Thread.onSpinWait();
                    inside.decrementAndGet();
                    return 1;
                }).subscribeOn(reactor.core.scheduler.Schedulers.parallel())).subscribe(x -> done.countDown()));
            }
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isBetween(1, 3);
        // a subscriber hears the value before the work's slot is given back: wait for the last release
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while ((admission.running() > 0 || admission.waiting() > 0) && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(admission.running()).isZero();
        assertThat(admission.waiting()).isZero();
    }

    @Test
    void workThatFinishesAtOnceDoesNotNestOneDrainPerWaitingRequest() {
        Admission admission = new Admission(1);
        reactor.core.publisher.Sinks.One<Integer> first = reactor.core.publisher.Sinks.one();
        AtomicInteger finished = new AtomicInteger();
        admission.run(first::asMono).subscribe(x -> finished.incrementAndGet());
        // a burst of echoes answered from memory, all waiting behind the first request
        for (int i = 0; i < 100_000; i++) {
            admission.run(() -> Mono.just(1)).subscribe(x -> finished.incrementAndGet());
        }
        assertThat(admission.waiting()).isEqualTo(100_000);

        first.tryEmitValue(1);

        assertThat(finished.get()).isEqualTo(100_001);
        assertThat(admission.running()).isZero();
        assertThat(admission.waiting()).isZero();
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> new Admission(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
