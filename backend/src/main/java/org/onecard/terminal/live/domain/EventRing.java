package org.onecard.terminal.live.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The last {@code capacity} values, numbered from 1. Publishing never waits: it takes the next
 * number and overwrites the oldest slot. Readers keep their own position and learn how many values
 * were overwritten before they read them.
 */
public final class EventRing<T> {

    /** A value with its number. */
    public record Numbered<T>(long seq, T value) {
    }

    /**
     * @param items  the values after the reader's position, oldest first
     * @param missed values the reader will never see: overwritten, or skipped to stay within its limit
     * @param last   the reader's next position
     */
    public record Batch<T>(List<Numbered<T>> items, long missed, long last) {
    }

    private final int capacity;
    private final AtomicReferenceArray<Numbered<T>> slots;
    private final AtomicLong claimed = new AtomicLong();

    public EventRing(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.slots = new AtomicReferenceArray<>(capacity);
    }

    /** Stores the value; its number. */
    public long publish(T value) {
        long seq = claimed.incrementAndGet();
        slots.set(index(seq), new Numbered<>(seq, value));
        return seq;
    }

    /** The number of the latest value published (0 while none). */
    public long head() {
        return claimed.get();
    }

    /**
     * Values numbered after {@code after}, at most {@code max} (a reader further behind skips to the
     * newest). A position beyond the head (the ring started again) reads from the head on.
     */
    public Batch<T> after(long after, int max) {
        long head = claimed.get();
        long position = Math.min(after, head);
        long from = Math.max(position + 1, Math.max(head - capacity + 1, head - max + 1));
        long missed = from - (position + 1);
        long last = from - 1;
        List<Numbered<T>> items = new ArrayList<>();
        for (long seq = from; seq <= head; seq++) {
            Numbered<T> slot = slots.get(index(seq));
            if (slot == null || slot.seq() < seq) {
                break; // numbered but not yet stored: read it next time
            }
            if (slot.seq() > seq) {
                missed++; // overwritten while we read
            } else {
                items.add(slot);
            }
            last = seq;
        }
        return new Batch<>(items, missed, last);
    }

    private int index(long seq) {
        return (int) (seq % capacity);
    }
}
