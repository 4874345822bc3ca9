package org.herald.store.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.herald.model.analysis.EventMode;
import org.herald.store.EntitySummary;
import org.herald.store.Trends;
import org.herald.store.TrendsQuery;

/**
 * {@link Trends} from doc values: the articles of a window give each story its sites, the entity documents (one per
 * entity per article) each entity its articles by day, and the asserted events of the five weeks their dyads. Each
 * list is one pass over the documents of its window, never over the whole store.
 */
final class TrendSearch {
    private static final int BASELINE_DAYS = Trends.BASELINE_WEEKS * 7;
    private static final Set<String> CODE_FIELDS = Set.of(Fields.SOURCE_CODE, Fields.TARGET_CODE);

    private final StorySearch stories;
    private final EntityStats stats;

    TrendSearch(StorySearch stories, EntityStats stats) {
        this.stories = stories;
        this.stats = stats;
    }

    Trends trends(IndexSearcher searcher, TrendsQuery query) throws IOException {
        Optional<Long> at = query.at().isPresent() ? Optional.of(query.at().get().toEpochDay()) : newestDay(searcher);
        if (at.isEmpty()) return new Trends(Optional.empty(), List.of(), List.of(), List.of(), List.of());
        long day = at.get();
        long weekStart = day - Trends.RECENT_DAYS + 1;
        return new Trends(Optional.of(LocalDate.ofEpochDay(day)), topStories(searcher, day, day, query.limit()),
                topStories(searcher, weekStart, day, query.limit()),
                risingEntities(searcher, weekStart, day, query.limit()),
                risingDyads(searcher, weekStart, day, query.limit()));
    }

    private static Optional<Long> newestDay(IndexSearcher searcher) throws IOException {
        TopFieldDocs top = searcher.search(Queries.kind(Fields.ARTICLE), 1, new Sort(Queries.newestFirst(Fields.DAY)));
        if (top.scoreDocs.length == 0) return Optional.empty();
        long day = (Long) ((FieldDoc) top.scoreDocs[0]).fields[0];
        return day == Long.MIN_VALUE ? Optional.empty() : Optional.of(day);
    }

    /** Per story: the distinct sites (an article without a site is a source of its own) and the articles. */
    private List<Trends.TopStory> topStories(IndexSearcher searcher, long from, long to, int limit)
            throws IOException {
        Map<String, Set<String>> sites = new HashMap<>();
        Map<String, Long> articles = new HashMap<>();
        Query q = Queries.and(Fields.ARTICLE, Optional.empty(), List.of(Optional.of(Queries.days(from, to))));
        searcher.search(q, new SimpleCollector() {
            SortedDocValues story;
            SortedDocValues site;
            SortedDocValues id;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                story = DocValues.getSorted(context.reader(), Fields.STORY_ID);
                site = DocValues.getSorted(context.reader(), Fields.SITE);
                id = DocValues.getSorted(context.reader(), Fields.ARTICLE_ID);
            }

            @Override
            public void collect(int doc) throws IOException {
                if (!story.advanceExact(doc) || !id.advanceExact(doc)) return;
                String s = story.lookupOrd(story.ordValue()).utf8ToString();
                String source = site.advanceExact(doc) ? site.lookupOrd(site.ordValue()).utf8ToString()
                        : id.lookupOrd(id.ordValue()).utf8ToString();
                sites.computeIfAbsent(s, k -> new HashSet<>()).add(source);
                articles.merge(s, 1L, Long::sum);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        List<String> ranked = new ArrayList<>(sites.keySet());
        ranked.sort(Comparator.<String>comparingInt(s -> -sites.get(s).size())
                .thenComparing(s -> -articles.get(s)).thenComparing(Comparator.naturalOrder()));
        List<Trends.TopStory> out = new ArrayList<>();
        for (String s : ranked.subList(0, Math.min(limit, ranked.size()))) {
            out.add(new Trends.TopStory(stories.summary(searcher, s), sites.get(s).size(), articles.get(s)));
        }
        return out;
    }

    /** Articles per entity in the week and in the four weeks before, from the entity documents' days. */
    private List<Trends.RisingEntity> risingEntities(IndexSearcher searcher, long weekStart, long to, int limit)
            throws IOException {
        Map<String, long[]> counts = new HashMap<>();
        Query q = Queries.and(Fields.ENTITY, Optional.empty(),
                List.of(Optional.of(Queries.days(weekStart - BASELINE_DAYS, to))));
        searcher.search(q, new SimpleCollector() {
            SortedDocValues id;
            NumericDocValues days;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                id = DocValues.getSorted(context.reader(), Fields.ENTITY_ID);
                days = DocValues.getNumeric(context.reader(), Fields.DAY);
            }

            @Override
            public void collect(int doc) throws IOException {
                if (!id.advanceExact(doc) || !days.advanceExact(doc)) return;
                long[] c = counts.computeIfAbsent(id.lookupOrd(id.ordValue()).utf8ToString(), k -> new long[2]);
                c[days.longValue() >= weekStart ? 0 : 1]++;
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        List<Map.Entry<String, long[]>> rising = Trends.rising(counts, limit);
        List<String> ids = rising.stream().map(Map.Entry::getKey).toList();
        Map<String, EntitySummary> summaries = new HashMap<>();
        for (EntityStats.Detail d : stats.summaries(searcher, ids, false)) summaries.put(d.summary().id(), d.summary());
        return Trends.risingEntities(rising, summaries);
    }

    /** Asserted events per dyad in the week and in the four weeks before; the codes are read from stored fields. */
    private List<Trends.RisingDyad> risingDyads(IndexSearcher searcher, long weekStart, long to, int limit)
            throws IOException {
        Map<String, long[]> counts = new HashMap<>();
        Query q = Queries.and(Fields.EVENT, Optional.empty(), List.of(
                Optional.of(Queries.days(weekStart - BASELINE_DAYS, to)),
                Optional.of(new TermQuery(new Term(Fields.MODE_KEY, EventMode.ASSERTED.name())))));
        searcher.search(q, new SimpleCollector() {
            NumericDocValues days;
            StoredFields stored;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                days = DocValues.getNumeric(context.reader(), Fields.DAY);
                stored = BudgetedSearcher.storedFields(searcher, context.reader());
            }

            @Override
            public void collect(int doc) throws IOException {
                if (!days.advanceExact(doc)) return;
                Document d = stored.document(doc, CODE_FIELDS);
                String source = d.get(Fields.SOURCE_CODE);
                String target = d.get(Fields.TARGET_CODE);
                if (source == null || target == null || source.length() < 3 || target.length() < 3) return;
                String key = source.substring(0, 3) + "\t" + target.substring(0, 3);
                counts.computeIfAbsent(key, k -> new long[2])[days.longValue() >= weekStart ? 0 : 1]++;
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        List<Trends.RisingDyad> out = new ArrayList<>();
        for (Map.Entry<String, long[]> e : Trends.rising(counts, limit)) {
            String[] dyad = e.getKey().split("\t");
            double baseline = e.getValue()[1] / (double) Trends.BASELINE_WEEKS;
            out.add(new Trends.RisingDyad(dyad[0], dyad[1], e.getValue()[0], baseline,
                    Trends.score(e.getValue()[0], baseline)));
        }
        return out;
    }
}
