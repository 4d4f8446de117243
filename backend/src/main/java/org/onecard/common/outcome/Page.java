package org.onecard.common.outcome;

import java.util.List;
import java.util.function.Function;

/** One page of a list. size is the size used, after the cap. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** No list returns more rows than this at once. */
    public static final int MAX_SIZE = 200;

    public Page {
        items = List.copyOf(items);
    }

    public <U> Page<U> map(Function<? super T, ? extends U> f) {
        return new Page<>(items.stream().<U>map(f).toList(), page, size, total);
    }

    /** The size to use: at least 1, at most {@link #MAX_SIZE}. */
    public static int cap(int size) {
        return Math.max(1, Math.min(size, MAX_SIZE));
    }
}
