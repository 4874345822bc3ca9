package org.herald.store.lucene;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.herald.store.Days;
import org.herald.store.TimelineBucket;
import org.herald.store.TimelineQuery;

/**
 * Buckets events by day, week or month. Events are first added up per day from doc values into arrays indexed by
 * day slot (no map or boxing per event), and the few hundred days are then rolled into weeks or months, so no
 * date arithmetic runs per event.
 */
final class Timeline {

    List<TimelineBucket> buckets(IndexSearcher searcher, TimelineQuery query) throws IOException {
        EventFilter filter = new EventFilter(query.source(), query.target(), query.cameo(), Optional.empty(),
                Optional.empty(), query.dates(), query.traits());
        DaysCollector days = searcher.search(filter.query(), new DaysManager());
        TreeMap<LocalDate, Sums> buckets = new TreeMap<>();
        for (int slot = 0; slot < days.slots.size(); slot++) {
            LocalDate start = start(LocalDate.ofEpochDay(days.slots.day(slot)), query.interval());
            buckets.computeIfAbsent(start, d -> new Sums()).add(days, slot);
        }
        List<TimelineBucket> out = new ArrayList<>(buckets.size());
        buckets.forEach((date, s) -> out.add(new TimelineBucket(date, s.events, s.goldstein, s.quad)));
        return out;
    }

    static LocalDate start(LocalDate day, TimelineQuery.Interval interval) {
        return switch (interval) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    private static final class Sums {
        long events;
        double goldstein;
        final long[] quad = new long[4];

        void add(DaysCollector days, int slot) {
            events += days.events[slot];
            goldstein += days.goldstein[slot];
            for (int q = 0; q < 4; q++) quad[q] += days.quads[slot * 4 + q];
        }
    }

    private static final class DaysManager implements CollectorManager<DaysCollector, DaysCollector> {
        @Override
        public DaysCollector newCollector() {
            return new DaysCollector();
        }

        @Override
        public DaysCollector reduce(Collection<DaysCollector> collectors) {
            if (collectors.size() == 1) return collectors.iterator().next();
            DaysCollector all = new DaysCollector();
            for (DaysCollector c : collectors) {
                for (int slot = 0; slot < c.slots.size(); slot++) all.add(c, slot);
            }
            return all;
        }
    }

    /** Per-day sums, indexed by {@link DaySlots} slot; {@code quads} holds four counts per slot. */
    private static final class DaysCollector implements Collector {
        final DaySlots slots = new DaySlots();
        long[] events = new long[64];
        double[] goldstein = new double[64];
        long[] quads = new long[64 * 4];

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        /** The slot of the day, the arrays grown to hold it. */
        int slot(long day) {
            int slot = slots.slot(day);
            if (slot == events.length) {
                events = Arrays.copyOf(events, slot * 2);
                goldstein = Arrays.copyOf(goldstein, slot * 2);
                quads = Arrays.copyOf(quads, slot * 2 * 4);
            }
            return slot;
        }

        void add(DaysCollector other, int otherSlot) {
            int slot = slot(other.slots.day(otherSlot));
            events[slot] += other.events[otherSlot];
            goldstein[slot] += other.goldstein[otherSlot];
            for (int q = 0; q < 4; q++) quads[slot * 4 + q] += other.quads[otherSlot * 4 + q];
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            NumericDocValues day = DocValues.getNumeric(context.reader(), Fields.DAY);
            NumericDocValues goldsteinValues = DocValues.getNumeric(context.reader(), Fields.GOLDSTEIN);
            NumericDocValues quad = DocValues.getNumeric(context.reader(), Fields.QUAD);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    if (!day.advanceExact(doc)) return; // no day: stored, but on no timeline
                    int slot = slot(day.longValue());
                    events[slot]++;
                    if (goldsteinValues.advanceExact(doc)) {
                        goldstein[slot] += Double.longBitsToDouble(goldsteinValues.longValue());
                    }
                    if (quad.advanceExact(doc)) quads[slot * 4 + (int) quad.longValue() - 1]++;
                }
            };
        }
    }
}
