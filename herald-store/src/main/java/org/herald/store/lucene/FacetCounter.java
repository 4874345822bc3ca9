package org.herald.store.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the matching article documents by site, by entity and by month of publication, reading only doc values.
 * Counts are kept per segment ordinal while collecting and turned into strings once per segment.
 */
final class FacetCounter implements CollectorManager<FacetCounter.SegmentCounts, FacetCounter.Counts> {

    /** Totals over all segments; {@code months} are keyed "2024-05". */
    record Counts(long total, Map<String, Long> sites, Map<String, Long> entities, Map<String, Long> months) {
        /** The {@code n} largest counts, ties by value, as (value, count) pairs. */
        static List<Map.Entry<String, Long>> top(Map<String, Long> counts, int n) {
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(n).toList();
        }
    }

    @Override
    public SegmentCounts newCollector() {
        return new SegmentCounts();
    }

    @Override
    public Counts reduce(Collection<SegmentCounts> collectors) {
        Counts sum = new Counts(0, new HashMap<>(), new HashMap<>(), new HashMap<>());
        long total = 0;
        for (SegmentCounts c : collectors) {
            total += c.total;
            c.sites.forEach((k, v) -> sum.sites.merge(k, v, Long::sum));
            c.entities.forEach((k, v) -> sum.entities.merge(k, v, Long::sum));
            c.days.forEach((day, v) -> sum.months.merge(LocalDate.ofEpochDay(day).toString().substring(0, 7), v, Long::sum));
        }
        return new Counts(total, sum.sites, sum.entities, sum.months);
    }

    /** One collector; Lucene may run one per slice of segments. */
    static final class SegmentCounts implements Collector {
        private long total;
        private final Map<String, Long> sites = new HashMap<>();
        private final Map<String, Long> entities = new HashMap<>();
        private final Map<Long, Long> days = new HashMap<>();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedDocValues site = DocValues.getSorted(context.reader(), Fields.SITE);
            SortedSetDocValues entity = DocValues.getSortedSet(context.reader(), Fields.ENTITIES);
            NumericDocValues day = DocValues.getNumeric(context.reader(), Fields.DAY);
            long[] siteCounts = new long[(int) site.getValueCount()];
            long[] entityCounts = new long[(int) entity.getValueCount()];
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    if (site.advanceExact(doc)) siteCounts[site.ordValue()]++;
                    if (entity.advanceExact(doc)) {
                        for (int i = 0; i < entity.docValueCount(); i++) entityCounts[(int) entity.nextOrd()]++;
                    }
                    if (day.advanceExact(doc)) days.merge(day.longValue(), 1L, Long::sum);
                }

                @Override
                public void finish() throws IOException {
                    for (int ord = 0; ord < siteCounts.length; ord++) {
                        if (siteCounts[ord] > 0) sites.merge(site.lookupOrd(ord).utf8ToString(), siteCounts[ord], Long::sum);
                    }
                    for (int ord = 0; ord < entityCounts.length; ord++) {
                        if (entityCounts[ord] > 0) {
                            entities.merge(entity.lookupOrd(ord).utf8ToString(), entityCounts[ord], Long::sum);
                        }
                    }
                }
            };
        }
    }
}
