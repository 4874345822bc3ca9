package org.herald.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.herald.store.StoryPage;
import org.herald.store.StoryProfile;
import org.herald.store.StoryQuery;
import org.herald.store.StorySummary;
import org.herald.store.StoryTally;

/**
 * Stories as the articles' {@link Fields#STORY_ID} groups them. The list counts every article's story from doc
 * values (one pass over the article documents, no stored field read), sorts, and only then reads the page's stories
 * in full: their articles' sites and entities from doc values, headlines and dates from the first articles' stored
 * fields.
 */
final class StorySearch {
    /** A story page lists at most this many articles, earliest first; its counts cover them all. */
    static final int MAX_ARTICLES = 1000;
    private static final Set<String> ARTICLE_FIELDS = Set.of(Fields.ARTICLE_ID, Fields.TITLE, Fields.SITE_NAME,
            Fields.URL, Fields.PUBLISHED, Fields.DUPLICATE_OF);
    /** Earliest first; at the same time (two articles dated to the day), in the order they joined the story. */
    private static final Sort EARLIEST_FIRST = new Sort(new SortField(Fields.TIME, SortField.Type.LONG),
            new SortField(Fields.STORY_SIZE, SortField.Type.LONG), Queries.byArticle());

    private final StoryEvents events = new StoryEvents();

    /** A story's article count and its newest article's time, for sorting. */
    private static final class Tally {
        long articles;
        long last = Long.MIN_VALUE;
    }

    StoryPage search(IndexSearcher searcher, StoryQuery query) throws IOException {
        Map<String, Tally> tallies = tally(searcher.getIndexReader());
        Comparator<Map.Entry<String, Tally>> newest = Comparator.comparingLong(e -> -e.getValue().last);
        Comparator<Map.Entry<String, Tally>> order = query.sort() == StoryQuery.Sort.SIZE
                ? Comparator.<Map.Entry<String, Tally>>comparingLong(e -> -e.getValue().articles).thenComparing(newest)
                : newest.thenComparing(e -> -e.getValue().articles);
        List<Map.Entry<String, Tally>> sorted = new ArrayList<>(tallies.entrySet());
        sorted.sort(order.thenComparing(Map.Entry::getKey));
        int from = Math.min(sorted.size(), query.paging().offset());
        int to = Math.min(sorted.size(), from + query.paging().limit());
        List<StorySummary> page = new ArrayList<>();
        for (Map.Entry<String, Tally> e : sorted.subList(from, to)) page.add(read(searcher, e.getKey()).summary());
        return new StoryPage(sorted.size(), page);
    }

    /** The story's summary, as the list gives it; zero articles when none is stored. */
    StorySummary summary(IndexSearcher searcher, String storyId) throws IOException {
        return read(searcher, storyId).summary();
    }

    Optional<StoryProfile> profile(IndexSearcher searcher, String storyId) throws IOException {
        Read story = read(searcher, storyId);
        if (story.summary().articles() == 0) return Optional.empty();
        return Optional.of(new StoryProfile(story.summary(), story.articles(),
                events.of(searcher, storyId, story.sites())));
    }

    /** Every story's tally: one pass over the doc values of the article documents (only they have a size). */
    private static Map<String, Tally> tally(IndexReader reader) throws IOException {
        Map<String, Tally> tallies = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues sizes = DocValues.getNumeric(leaf.reader(), Fields.STORY_SIZE);
            SortedDocValues stories = DocValues.getSorted(leaf.reader(), Fields.STORY_ID);
            NumericDocValues times = DocValues.getNumeric(leaf.reader(), Fields.TIME);
            NumericDocValues days = DocValues.getNumeric(leaf.reader(), Fields.DAY);
            Bits live = leaf.reader().getLiveDocs();
            int ords = stories.getValueCount();
            long[] counts = new long[ords];
            long[] last = new long[ords];
            Arrays.fill(last, Long.MIN_VALUE);
            for (int doc = sizes.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = sizes.nextDoc()) {
                if (live != null && !live.get(doc) || !stories.advanceExact(doc)) continue;
                int ord = stories.ordValue();
                counts[ord]++;
                long t = times.advanceExact(doc) ? times.longValue()
                        : days.advanceExact(doc) ? days.longValue() * 86_400 : Long.MIN_VALUE;
                last[ord] = Math.max(last[ord], t);
            }
            for (int ord = 0; ord < ords; ord++) {
                if (counts[ord] == 0) continue;
                Tally t = tallies.computeIfAbsent(stories.lookupOrd(ord).utf8ToString(), k -> new Tally());
                t.articles += counts[ord];
                t.last = Math.max(t.last, last[ord]);
            }
        }
        return tallies;
    }

    /**
     * A story read in full: its summary, its articles listed, and each article's site for counting sources, in the
     * articles' order.
     */
    private record Read(StorySummary summary, List<StoryProfile.Article> articles, Map<String, String> sites) {}

    private Read read(IndexSearcher searcher, String storyId) throws IOException {
        Query q = Queries.and(Fields.ARTICLE, Optional.empty(),
                List.of(Optional.of(new TermQuery(new Term(Fields.STORY_ID, storyId)))));
        int count = searcher.count(q);
        if (count == 0) {
            return new Read(new StorySummary(storyId, 0, List.of(), Optional.empty(), Optional.empty(), List.of(),
                    List.of()), List.of(), Map.of());
        }
        ScoreDoc[] hits = searcher.search(q, count, EARLIEST_FIRST).scoreDocs;
        IndexReader reader = searcher.getIndexReader();
        StoryTally tally = new StoryTally();
        for (int i = 0; i < hits.length; i++) {
            int doc = hits[i].doc;
            // Stored fields cost a block decompression each: read for the listed articles and the last one only.
            if (i >= MAX_ARTICLES && i < hits.length - 1) {
                String id = DocValuesAt.sorted(reader, doc, Fields.ARTICLE_ID).orElseThrow();
                tally.unlisted(id, DocValuesAt.sorted(reader, doc, Fields.SITE), entities(reader, doc));
                continue;
            }
            Document d = searcher.storedFields().document(doc, ARTICLE_FIELDS);
            tally.article(new StoryProfile.Article(d.get(Fields.ARTICLE_ID), opt(d, Fields.TITLE),
                    opt(d, Fields.SITE_NAME), opt(d, Fields.URL), opt(d, Fields.PUBLISHED),
                    opt(d, Fields.DUPLICATE_OF)), entities(reader, doc), i < MAX_ARTICLES);
        }
        Map<String, String> names = new HashMap<>();
        for (String id : tally.topEntities()) entityName(searcher, id).ifPresent(n -> names.put(id, n));
        return new Read(tally.summary(storyId, hits.length, names), tally.listed(), tally.siteOf());
    }

    private static List<String> entities(IndexReader reader, int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        SortedSetDocValues v = DocValues.getSortedSet(leaf.reader(), Fields.ENTITIES);
        if (!v.advanceExact(doc - leaf.docBase)) return List.of();
        List<String> ids = new ArrayList<>(v.docValueCount());
        for (int i = 0; i < v.docValueCount(); i++) ids.add(v.lookupOrd(v.nextOrd()).utf8ToString());
        return ids;
    }

    private static Optional<String> entityName(IndexSearcher searcher, String entityId) throws IOException {
        ScoreDoc[] hits = searcher.search(new TermQuery(new Term(Fields.ENTITY_ID, entityId)), 1).scoreDocs;
        if (hits.length == 0) return Optional.empty();
        return Optional.ofNullable(searcher.storedFields().document(hits[0].doc, Set.of(Fields.ENTITY_NAME))
                .get(Fields.ENTITY_NAME));
    }

    private static Optional<String> opt(Document d, String field) {
        return Optional.ofNullable(d.get(field));
    }
}
