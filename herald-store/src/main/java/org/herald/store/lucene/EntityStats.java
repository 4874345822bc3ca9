package org.herald.store.lucene;

import java.io.IOException;
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
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.herald.store.EntitySummary;

/**
 * Adds up an entity's per-article documents: mentions, articles, its countries and titles. Everything but the
 * display name and type is read from doc values, so a much-mentioned entity costs a scan, not a stored-field load
 * per article.
 */
final class EntityStats {
    private static final Set<String> NAME_FIELDS = Set.of(Fields.ENTITY_NAME, Fields.ENTITY_TYPE);

    /** A summary and every title the entity was given, in alphabetical order. */
    record Detail(EntitySummary summary, List<String> titles) {}

    /** The entity's display name: as written in the first article stored with it. */
    Optional<String> name(IndexSearcher searcher, String entityId) throws IOException {
        return firstDocument(searcher, entityId).map(d -> d.get(Fields.ENTITY_NAME));
    }

    Optional<Detail> detail(IndexSearcher searcher, String entityId) throws IOException {
        Optional<Document> first = firstDocument(searcher, entityId);
        if (first.isEmpty()) return Optional.empty();
        Aggregate a = searcher.search(ofEntity(entityId), new AggregateManager());
        Optional<String> country = a.countries.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
        EntitySummary summary = new EntitySummary(entityId, first.get().get(Fields.ENTITY_NAME),
                first.get().get(Fields.ENTITY_TYPE), country, a.mentions, a.articles);
        return Optional.of(new Detail(summary, List.copyOf(a.titles)));
    }

    Optional<EntitySummary> summary(IndexSearcher searcher, String entityId) throws IOException {
        return detail(searcher, entityId).map(Detail::summary);
    }

    /** Ids of the entities whose documents match, most mentions first (ties by id), at most {@code limit}. */
    List<String> mostMentioned(IndexSearcher searcher, Query entityDocuments, int limit) throws IOException {
        Map<String, Long> mentions = searcher.search(entityDocuments, new MentionsManager());
        return FacetCounter.Counts.top(mentions, limit).stream().map(Map.Entry::getKey).toList();
    }

    private static Query ofEntity(String entityId) {
        return new TermQuery(new Term(Fields.ENTITY_ID, entityId));
    }

    private static Optional<Document> firstDocument(IndexSearcher searcher, String entityId) throws IOException {
        TopDocs top = searcher.search(ofEntity(entityId), 1);
        if (top.scoreDocs.length == 0) return Optional.empty();
        return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc, NAME_FIELDS));
    }

    private static final class Aggregate {
        long mentions;
        long articles;
        final Map<String, Long> countries = new HashMap<>();
        final Set<String> titles = new TreeSet<>();
    }

    /** Mentions, article count, countries and titles of one entity's documents. */
    private static final class AggregateManager implements CollectorManager<AggregateCollector, Aggregate> {
        @Override
        public AggregateCollector newCollector() {
            return new AggregateCollector();
        }

        @Override
        public Aggregate reduce(Collection<AggregateCollector> collectors) {
            Aggregate sum = new Aggregate();
            for (AggregateCollector c : collectors) {
                sum.mentions += c.into.mentions;
                sum.articles += c.into.articles;
                c.into.countries.forEach((k, v) -> sum.countries.merge(k, v, Long::sum));
                sum.titles.addAll(c.into.titles);
            }
            return sum;
        }
    }

    private static final class AggregateCollector implements Collector {
        final Aggregate into = new Aggregate();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            NumericDocValues mentions = DocValues.getNumeric(context.reader(), Fields.MENTIONS);
            SortedDocValues country = DocValues.getSorted(context.reader(), Fields.ENTITY_COUNTRY);
            SortedDocValues title = DocValues.getSorted(context.reader(), Fields.ENTITY_TITLE);
            Map<Integer, Long> countryOrds = new HashMap<>();
            Set<Integer> titleOrds = new TreeSet<>();
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    into.articles++; // one document per entity per article
                    if (mentions.advanceExact(doc)) into.mentions += mentions.longValue();
                    if (country.advanceExact(doc)) countryOrds.merge(country.ordValue(), 1L, Long::sum);
                    if (title.advanceExact(doc)) titleOrds.add(title.ordValue());
                }

                @Override
                public void finish() throws IOException {
                    for (Map.Entry<Integer, Long> e : countryOrds.entrySet()) {
                        into.countries.merge(country.lookupOrd(e.getKey()).utf8ToString(), e.getValue(), Long::sum);
                    }
                    for (int ord : titleOrds) into.titles.add(title.lookupOrd(ord).utf8ToString());
                }
            };
        }
    }

    /** Sum of mentions per entity id over the matching entity documents. */
    private static final class MentionsManager implements CollectorManager<MentionsCollector, Map<String, Long>> {
        @Override
        public MentionsCollector newCollector() {
            return new MentionsCollector();
        }

        @Override
        public Map<String, Long> reduce(Collection<MentionsCollector> collectors) {
            Map<String, Long> sum = new HashMap<>();
            for (MentionsCollector c : collectors) c.mentions.forEach((k, v) -> sum.merge(k, v, Long::sum));
            return sum;
        }
    }

    private static final class MentionsCollector implements Collector {
        final Map<String, Long> mentions = new HashMap<>();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedDocValues id = DocValues.getSorted(context.reader(), Fields.ENTITY_ID);
            NumericDocValues count = DocValues.getNumeric(context.reader(), Fields.MENTIONS);
            Map<Integer, Long> byOrd = new HashMap<>();
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    if (id.advanceExact(doc) && count.advanceExact(doc)) {
                        byOrd.merge(id.ordValue(), count.longValue(), Long::sum);
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (Map.Entry<Integer, Long> e : byOrd.entrySet()) {
                        mentions.merge(id.lookupOrd(e.getKey()).utf8ToString(), e.getValue(), Long::sum);
                    }
                }
            };
        }
    }
}
