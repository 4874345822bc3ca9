package org.herald.store.lucene;

import java.util.PriorityQueue;

/** The largest counts of a per-ordinal count array, without sorting the whole array. */
final class TopOrdinals {
    private TopOrdinals() {}

    /**
     * Ordinals of the {@code n} largest non-zero counts, largest first; equal counts by ordinal, which for global
     * ordinals is term order (UTF-8 byte order: the same as string order for every name outside the rare
     * supplementary-plane letters).
     */
    static int[] top(long[] counts, int n) {
        if (n <= 0) return new int[0];
        // Min-heap of the best n so far: its head is the weakest, replaced when a better one comes.
        PriorityQueue<Integer> heap = new PriorityQueue<>(n + 1, (a, b) -> better(counts, b, a) ? -1 : 1);
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] == 0) continue;
            if (heap.size() < n) {
                heap.add(ord);
            } else if (better(counts, ord, heap.peek())) {
                heap.poll();
                heap.add(ord);
            }
        }
        int[] out = new int[heap.size()];
        for (int i = out.length - 1; i >= 0; i--) out[i] = heap.poll();
        return out;
    }

    private static boolean better(long[] counts, int a, int b) {
        return counts[a] > counts[b] || (counts[a] == counts[b] && a < b);
    }
}
