package org.herald.stories;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The LSH buckets of {@link NearDuplicateIndex}: band key → document numbers, as one open-addressing table of
 * primitive arrays (12 bytes a slot), since a map of boxed lists costs ~100 bytes per document and band and would
 * hold a million documents' 42 bands in no heap we have. One key may hold many documents.
 */
final class BandTable {
    private long[] keys = new long[1 << 16];
    private int[] docs = new int[1 << 16];
    private int size;

    BandTable() {
        Arrays.fill(docs, -1);
    }

    void add(long key, int doc) {
        if (2 * (size + 1) > keys.length) grow();
        put(keys, docs, key, doc);
        size++;
    }

    /** Calls {@code each} with every document filed under {@code key}. */
    void forEach(long key, IntConsumer each) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); docs[i] >= 0; i = (i + 1) & mask) {
            if (keys[i] == key) each.accept(docs[i]);
        }
    }

    private static void put(long[] keys, int[] docs, long key, int doc) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (docs[i] >= 0) i = (i + 1) & mask;
        keys[i] = key;
        docs[i] = doc;
    }

    private static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    private void grow() {
        long[] k = new long[keys.length * 2];
        int[] d = new int[docs.length * 2];
        Arrays.fill(d, -1);
        for (int i = 0; i < keys.length; i++) if (docs[i] >= 0) put(k, d, keys[i], docs[i]);
        keys = k;
        docs = d;
    }
}
