package org.herald.store.lucene;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.herald.store.TimelineBucket;
import org.herald.store.TimelineQuery;

/**
 * Buckets events by day, week or month. Events are first added up per day from doc values, and the few hundred
 * days are then rolled into weeks or months, so no date arithmetic runs per event.
 */
final class Timeline {

    List<TimelineBucket> buckets(IndexSearcher searcher, TimelineQuery query) throws IOException {
        EventFilter filter = new EventFilter(query.source(), query.target(), Optional.empty(), Optional.empty(),
                Optional.empty(), query.dates());
        Map<Long, Sums> days = searcher.search(filter.query(), new DaysManager());
        TreeMap<LocalDate, Sums> buckets = new TreeMap<>();
        for (Map.Entry<Long, Sums> day : days.entrySet()) {
            LocalDate start = start(LocalDate.ofEpochDay(day.getKey()), query.interval());
            buckets.computeIfAbsent(start, d -> new Sums()).add(day.getValue());
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

        void add(Sums other) {
            events += other.events;
            goldstein += other.goldstein;
            for (int i = 0; i < 4; i++) quad[i] += other.quad[i];
        }
    }

    private static final class DaysManager implements CollectorManager<DaysCollector, Map<Long, Sums>> {
        @Override
        public DaysCollector newCollector() {
            return new DaysCollector();
        }

        @Override
        public Map<Long, Sums> reduce(Collection<DaysCollector> collectors) {
            Map<Long, Sums> all = new HashMap<>();
            for (DaysCollector c : collectors) {
                c.days.forEach((day, s) -> all.computeIfAbsent(day, d -> new Sums()).add(s));
            }
            return all;
        }
    }

    private static final class DaysCollector implements Collector {
        final Map<Long, Sums> days = new HashMap<>();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            NumericDocValues day = DocValues.getNumeric(context.reader(), Fields.DAY);
            NumericDocValues goldstein = DocValues.getNumeric(context.reader(), Fields.GOLDSTEIN);
            NumericDocValues quad = DocValues.getNumeric(context.reader(), Fields.QUAD);
            return new LeafCollector() {
                // Events of one article share a day and sit next to each other, so the last bucket is usually hit.
                private long lastDay = Long.MIN_VALUE;
                private Sums last;

                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    if (!day.advanceExact(doc)) return; // no day: stored, but on no timeline
                    long d = day.longValue();
                    if (d != lastDay || last == null) {
                        last = days.computeIfAbsent(d, k -> new Sums());
                        lastDay = d;
                    }
                    last.events++;
                    if (goldstein.advanceExact(doc)) last.goldstein += Double.longBitsToDouble(goldstein.longValue());
                    if (quad.advanceExact(doc)) last.quad[(int) quad.longValue() - 1]++;
                }
            };
        }
    }
}
