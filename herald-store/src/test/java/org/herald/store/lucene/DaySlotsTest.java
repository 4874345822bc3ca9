package org.herald.store.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DaySlotsTest {

    @Test
    void daysGetSlotsInTheOrderFirstSeen() {
        DaySlots slots = new DaySlots();
        assertEquals(0, slots.slot(19_800));
        assertEquals(1, slots.slot(19_700));
        assertEquals(0, slots.slot(19_800));
        assertEquals(2, slots.size());
        assertEquals(19_700, slots.day(1));
    }

    @Test
    void farApartDaysAndManyDaysKeepTheirSlots() {
        DaySlots slots = new DaySlots();
        long[] days = new long[5_000];
        for (int i = 0; i < days.length; i++) days[i] = i % 2 == 0 ? i : -3_000_000_000L + i * 7_919L;
        for (int i = 0; i < days.length; i++) assertEquals(i, slots.slot(days[i]));
        for (int i = days.length - 1; i >= 0; i--) assertEquals(i, slots.slot(days[i]));
        for (int i = 0; i < days.length; i++) assertEquals(days[i], slots.day(i));
        assertEquals(days.length, slots.size());
    }
}
