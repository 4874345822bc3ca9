package org.herald.store.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
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
import org.apache.lucene.util.LongValues;

/**
 * Counts the matching article documents by site, by entity and by month of publication, reading only doc values.
 * Sites and entities are counted into arrays by segment ordinal, added to arrays by global ordinal at the end of
 * each segment (no string is made per document; the caller turns only the top ordinals into strings); days are
 * counted per day slot and rolled into months once at the end. Counts are exact.
 */
final class FacetCounter implements CollectorManager<FacetCounter.SegmentCounts, FacetCounter.Counts> {
    private final GlobalOrdinals sites;
    private final GlobalOrdinals entities;

    /** @param sites global ordinals of {@link Fields#SITE}; entities of {@link Fields#ENTITIES}, same reader */
    FacetCounter(GlobalOrdinals sites, GlobalOrdinals entities) {
        this.sites = sites;
        this.entities = entities;
    }

    /** Totals: counts indexed by global ordinal; {@code months} keyed "2024-05", in calendar order. */
    record Counts(long total, long[] sites, long[] entities, Map<String, Long> months) {}

    @Override
    public SegmentCounts newCollector() {
        return new SegmentCounts(sites, entities);
    }

    @Override
    public Counts reduce(Collection<SegmentCounts> collectors) {
        long total = 0;
        long[] siteCounts = new long[sites.size()];
        long[] entityCounts = new long[entities.size()];
        Map<String, Long> months = new TreeMap<>();
        for (SegmentCounts c : collectors) {
            total += c.total;
            add(siteCounts, c.siteCounts);
            add(entityCounts, c.entityCounts);
            for (int slot = 0; slot < c.days.size(); slot++) {
                String month = LocalDate.ofEpochDay(c.days.day(slot)).toString().substring(0, 7);
                months.merge(month, c.dayCounts[slot], Long::sum);
            }
        }
        return new Counts(total, siteCounts, entityCounts, months);
    }

    private static void add(long[] into, long[] from) {
        for (int i = 0; i < from.length; i++) into[i] += from[i];
    }

    /** One collector; Lucene may run one per slice of segments. */
    static final class SegmentCounts implements Collector {
        private final GlobalOrdinals sites;
        private final GlobalOrdinals entities;
        private long total;
        private final long[] siteCounts;
        private final long[] entityCounts;
        private final DaySlots days = new DaySlots();
        private long[] dayCounts = new long[64];

        SegmentCounts(GlobalOrdinals sites, GlobalOrdinals entities) {
            this.sites = sites;
            this.entities = entities;
            this.siteCounts = new long[sites.size()];
            this.entityCounts = new long[entities.size()];
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedDocValues site = DocValues.getSorted(context.reader(), Fields.SITE);
            SortedSetDocValues entity = DocValues.getSortedSet(context.reader(), Fields.ENTITIES);
            NumericDocValues day = DocValues.getNumeric(context.reader(), Fields.DAY);
            // Counted by segment ordinal, then added to the global counts once per segment: mapping every
            // document's ordinals to global ones costs more than the counting itself.
            long[] segmentSites = new long[(int) site.getValueCount()];
            long[] segmentEntities = new long[(int) entity.getValueCount()];
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    if (site.advanceExact(doc)) segmentSites[site.ordValue()]++;
                    if (entity.advanceExact(doc)) {
                        for (int i = entity.docValueCount(); i > 0; i--) segmentEntities[(int) entity.nextOrd()]++;
                    }
                    if (day.advanceExact(doc)) {
                        int slot = days.slot(day.longValue());
                        if (slot == dayCounts.length) dayCounts = Arrays.copyOf(dayCounts, slot * 2);
                        dayCounts[slot]++;
                    }
                }

                @Override
                public void finish() {
                    addGlobal(siteCounts, segmentSites, sites.segmentToGlobal(context));
                    addGlobal(entityCounts, segmentEntities, entities.segmentToGlobal(context));
                }
            };
        }

        private static void addGlobal(long[] global, long[] segment, LongValues toGlobal) {
            for (int ord = 0; ord < segment.length; ord++) {
                if (segment[ord] != 0) global[(int) toGlobal.get(ord)] += segment[ord];
            }
        }
    }
}
