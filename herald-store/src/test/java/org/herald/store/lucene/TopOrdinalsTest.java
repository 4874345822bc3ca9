package org.herald.store.lucene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class TopOrdinalsTest {

    @Test
    void largestCountsFirstTiesInOrdinalOrderZerosLeftOut() {
        long[] counts = {3, 0, 7, 3, 1, 7, 0};
        assertArrayEquals(new int[] {2, 5, 0}, TopOrdinals.top(counts, 3));
        assertArrayEquals(new int[] {2, 5, 0, 3, 4}, TopOrdinals.top(counts, 10));
        assertArrayEquals(new int[0], TopOrdinals.top(counts, 0));
        assertArrayEquals(new int[0], TopOrdinals.top(new long[4], 3));
    }
}
