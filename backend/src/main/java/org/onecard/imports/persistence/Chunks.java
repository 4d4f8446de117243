package org.onecard.imports.persistence;

import java.util.ArrayList;
import java.util.List;

/** IN lists and multi-row inserts are cut into pieces every database takes (SQL Server: 2,100 parameters). */
public final class Chunks {

    public static final int IN_LIST = 1_000;

    private Chunks() {
    }

    public static <T> List<List<T>> of(List<T> items, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            chunks.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return chunks;
    }
}
