package org.herald.store.lucene;

import java.util.Arrays;

/**
 * Numbers the distinct epoch days seen (0, 1, 2, … in the order first seen), so per-day sums live in arrays
 * indexed by slot instead of a map of boxed days. An open-addressing table of primitive longs: a real corpus has
 * a few thousand days, but a misread date may lie centuries away, so the days are hashed, never used as offsets.
 */
final class DaySlots {
    private long[] keys = new long[64];
    private int[] slots = new int[64]; // slot + 1; 0 marks an empty cell
    private long[] days = new long[32];
    private int size;
    // Hits often come in runs of one day (an article's events sit together), so the last answer is kept.
    private long lastDay;
    private int lastSlot = -1;

    /** The slot of this day, a new one (equal to the previous {@link #size()}) when the day is new. */
    int slot(long day) {
        if (lastSlot >= 0 && day == lastDay) return lastSlot;
        return lookup(day);
    }

    /** Kept apart from {@link #slot} so that the check for a repeated day stays small enough to be inlined. */
    private int lookup(long day) {
        int mask = keys.length - 1;
        int i = hash(day) & mask;
        while (slots[i] != 0) {
            if (keys[i] == day) return remember(day, slots[i] - 1);
            i = (i + 1) & mask;
        }
        keys[i] = day;
        slots[i] = size + 1;
        if (size == days.length) days = Arrays.copyOf(days, size * 2);
        days[size] = day;
        int slot = size++;
        if (size * 2 > keys.length) grow();
        return remember(day, slot);
    }

    int size() {
        return size;
    }

    long day(int slot) {
        return days[slot];
    }

    private int remember(long day, int slot) {
        lastDay = day;
        lastSlot = slot;
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        slots = new int[oldSlots.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldSlots[j] == 0) continue;
            int i = hash(oldKeys[j]) & mask;
            while (slots[i] != 0) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            slots[i] = oldSlots[j];
        }
    }

    private static int hash(long day) {
        long h = day * 0x9E3779B97F4A7C15L; // consecutive days spread over the table
        return (int) (h ^ (h >>> 32));
    }
}
