package org.herald.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.herald.store.EntitySummary;

/**
 * Adds up entities' per-article documents: mentions, articles, countries and titles. Documents are found through
 * the entity's postings and everything but the display name and type is read from doc values, so a much-mentioned
 * entity costs a scan of its own documents, not a search and a stored-field load per article.
 */
final class EntityStats {
    private static final Set<String> NAME_FIELDS = Set.of(Fields.ENTITY_NAME, Fields.ENTITY_TYPE);

    private final GlobalOrdinals.Cache ordinals;

    EntityStats(GlobalOrdinals.Cache ordinals) {
        this.ordinals = ordinals;
    }

    /** A summary and every title the entity was given, in alphabetical order. */
    record Detail(EntitySummary summary, List<String> titles) {}

    /** The entity's display name: as written in the first article stored with it. */
    Optional<String> name(IndexSearcher searcher, String entityId) throws IOException {
        int first = Queries.firstLiveDocument(searcher.getIndexReader(), new Term(Fields.ENTITY_ID, entityId));
        if (first == DocIdSetIterator.NO_MORE_DOCS) return Optional.empty();
        return Optional.of(searcher.storedFields().document(first, NAME_FIELDS).get(Fields.ENTITY_NAME));
    }

    Optional<Detail> detail(IndexSearcher searcher, String entityId) throws IOException {
        return summaries(searcher, List.of(entityId), true).stream().findFirst();
    }

    /**
     * Details of the given entities, in the order given; ids not stored are left out. Each entity's documents are
     * read from its postings, so no document of another entity is looked at. Titles are gathered only when asked
     * for (they cost a set per entity).
     */
    List<Detail> summaries(IndexSearcher searcher, List<String> entityIds, boolean titles) throws IOException {
        List<Detail> out = new ArrayList<>();
        for (String id : entityIds) {
            Aggregate a = aggregate(searcher.getIndexReader(), id, titles);
            if (a.articles == 0) continue;
            Document first = searcher.storedFields().document(a.firstDoc, NAME_FIELDS);
            Optional<String> country = a.countries.entrySet().stream()
                    .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                            Comparator.reverseOrder())))
                    .map(Map.Entry::getKey);
            EntitySummary summary = new EntitySummary(id, first.get(Fields.ENTITY_NAME),
                    first.get(Fields.ENTITY_TYPE), country, a.mentions, a.articles);
            out.add(new Detail(summary, List.copyOf(a.titles)));
        }
        return out;
    }

    /** Ids of the entities whose documents match, most mentions first (ties by id), at most {@code limit}. */
    List<String> mostMentioned(IndexSearcher searcher, Query entityDocuments, int limit) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        GlobalOrdinals ids = ordinals.of(reader, Fields.ENTITY_ID);
        long[] mentions = searcher.search(entityDocuments, new MentionsManager(ids));
        List<String> out = new ArrayList<>();
        for (int ord : TopOrdinals.top(mentions, limit)) out.add(ids.term(reader, Fields.ENTITY_ID, ord));
        return out;
    }

    private static final class Aggregate {
        int firstDoc = DocIdSetIterator.NO_MORE_DOCS;
        long mentions;
        long articles;
        final Map<String, Long> countries = new HashMap<>();
        final Set<String> titles = new TreeSet<>();
    }

    /** Mentions, article count, countries and titles over the entity's live documents, segment by segment. */
    private static Aggregate aggregate(IndexReader reader, String entityId, boolean wantTitles) throws IOException {
        Aggregate a = new Aggregate();
        Term term = new Term(Fields.ENTITY_ID, entityId);
        for (LeafReaderContext leaf : reader.leaves()) {
            PostingsEnum docs = leaf.reader().postings(term, PostingsEnum.NONE);
            if (docs == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            NumericDocValues mentions = DocValues.getNumeric(leaf.reader(), Fields.MENTIONS);
            SortedDocValues country = DocValues.getSorted(leaf.reader(), Fields.ENTITY_COUNTRY);
            SortedDocValues title = DocValues.getSorted(leaf.reader(), Fields.ENTITY_TITLE);
            // Countries and titles are counted by segment ordinal and named once per segment.
            long[] countries = new long[(int) country.getValueCount()];
            FixedBitSet titles = new FixedBitSet(wantTitles ? (int) title.getValueCount() : 0);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live != null && !live.get(doc)) continue;
                if (a.articles++ == 0) a.firstDoc = leaf.docBase + doc; // one document per entity per article
                if (mentions.advanceExact(doc)) a.mentions += mentions.longValue();
                if (country.advanceExact(doc)) countries[country.ordValue()]++;
                if (wantTitles && title.advanceExact(doc)) titles.set(title.ordValue());
            }
            for (int ord = 0; ord < countries.length; ord++) {
                if (countries[ord] == 0) continue;
                a.countries.merge(country.lookupOrd(ord).utf8ToString(), countries[ord], Long::sum);
            }
            for (int ord = 0; ord < titles.length(); ord++) {
                if (titles.get(ord)) a.titles.add(title.lookupOrd(ord).utf8ToString());
            }
        }
        return a;
    }

    /** Sum of mentions per global entity ordinal over the matching entity documents. */
    private record MentionsManager(GlobalOrdinals ids) implements CollectorManager<MentionsCollector, long[]> {
        @Override
        public MentionsCollector newCollector() {
            return new MentionsCollector(ids);
        }

        @Override
        public long[] reduce(Collection<MentionsCollector> collectors) {
            long[] sum = new long[ids.size()];
            for (MentionsCollector c : collectors) {
                for (int i = 0; i < sum.length; i++) sum[i] += c.mentions[i];
            }
            return sum;
        }
    }

    private static final class MentionsCollector implements Collector {
        private final GlobalOrdinals ids;
        final long[] mentions;

        MentionsCollector(GlobalOrdinals ids) {
            this.ids = ids;
            this.mentions = new long[ids.size()];
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedDocValues id = DocValues.getSorted(context.reader(), Fields.ENTITY_ID);
            NumericDocValues count = DocValues.getNumeric(context.reader(), Fields.MENTIONS);
            long[] segment = new long[(int) id.getValueCount()]; // by segment ordinal, mapped once at the end
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    if (id.advanceExact(doc) && count.advanceExact(doc)) segment[id.ordValue()] += count.longValue();
                }

                @Override
                public void finish() {
                    LongValues global = ids.segmentToGlobal(context);
                    for (int ord = 0; ord < segment.length; ord++) {
                        if (segment[ord] != 0) mentions[(int) global.get(ord)] += segment[ord];
                    }
                }
            };
        }
    }
}
