package org.onecard.terminal.live.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EventRingTests {

    @Test
    void aReaderGetsWhatCameAfterItsPositionInOrder() {
        EventRing<String> ring = new EventRing<>(8);
        ring.publish("a");
        ring.publish("b");
        ring.publish("c");

        EventRing.Batch<String> batch = ring.after(1, 10);

        assertThat(values(batch)).containsExactly("b", "c");
        assertThat(batch.items()).extracting(EventRing.Numbered::seq).containsExactly(2L, 3L);
        assertThat(batch.missed()).isZero();
        assertThat(batch.last()).isEqualTo(3);
        assertThat(ring.after(3, 10).items()).isEmpty();
        assertThat(ring.after(3, 10).last()).isEqualTo(3);
    }

    @Test
    void publishingOverwritesTheOldestAndASlowReaderLearnsHowManyItMissed() {
        EventRing<Integer> ring = new EventRing<>(4);
        for (int i = 1; i <= 10; i++) {
            ring.publish(i);
        }

        EventRing.Batch<Integer> batch = ring.after(0, 100);

        assertThat(values(batch)).containsExactly(7, 8, 9, 10);
        assertThat(batch.missed()).isEqualTo(6);
        assertThat(batch.last()).isEqualTo(10);
    }

    @Test
    void aReaderFurtherBehindThanItsLimitSkipsToTheNewest() {
        EventRing<Integer> ring = new EventRing<>(100);
        for (int i = 1; i <= 50; i++) {
            ring.publish(i);
        }

        EventRing.Batch<Integer> batch = ring.after(10, 5);

        assertThat(values(batch)).containsExactly(46, 47, 48, 49, 50);
        assertThat(batch.missed()).isEqualTo(35);
    }

    @Test
    void aPositionBeyondTheHeadReadsFromTheHeadOn() {
        EventRing<String> ring = new EventRing<>(4);
        ring.publish("a");

        EventRing.Batch<String> batch = ring.after(99, 10);
        ring.publish("b");

        assertThat(batch.items()).isEmpty();
        assertThat(batch.last()).isEqualTo(1);
        assertThat(values(ring.after(batch.last(), 10))).containsExactly("b");
    }

    @Test
    void concurrentPublishersLoseNothingTheRingCanHold() throws Exception {
        EventRing<Integer> ring = new EventRing<>(40_000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int base = t * 10_000;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 10_000; i++) {
                    ring.publish(base + i);
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        EventRing.Batch<Integer> all = ring.after(0, 40_000);

        assertThat(all.items()).hasSize(40_000);
        assertThat(all.missed()).isZero();
        assertThat(values(all)).doesNotHaveDuplicates();
    }

    @Test
    void aRingHoldsAtLeastOne() {
        assertThatThrownBy(() -> new EventRing<>(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static <T> List<T> values(EventRing.Batch<T> batch) {
        return batch.items().stream().map(EventRing.Numbered::value).toList();
    }
}
