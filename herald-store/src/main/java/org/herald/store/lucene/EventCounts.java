package org.herald.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.herald.store.EventPage;
import org.herald.store.PageCounts;

/**
 * A page of event hits with GDELT's counts: for each hit, the event documents of its story with the same CAMEO code,
 * actor codes and date, tallied by {@link PageCounts} (which the OpenSearch store shares). The whole page is counted
 * in one pass, two searches whatever its size: the event documents of the page's stories (with the page's CAMEO
 * codes), then those stories' articles for their sites. A search per distinct event made an export of a
 * thousand-event page a thousand searches (#12).
 */
final class EventCounts {
    private static final Set<String> MENTION_FIELDS = Set.of(Fields.ARTICLE_ID, Fields.STORY_ID, Fields.EVENT_DATE,
            Fields.CAMEO, Fields.SOURCE_CODE, Fields.TARGET_CODE);

    List<EventPage.Hit> add(IndexSearcher searcher, List<EventPage.Hit> hits) throws IOException {
        PageCounts counts = new PageCounts(hits);
        if (counts.isEmpty()) return hits;
        countMentions(searcher, counts);
        return counts.counted(sites(searcher, counts.stories()));
    }

    /** The stories' event documents with one of the page's CAMEO codes, each handed to the tally. */
    private static void countMentions(IndexSearcher searcher, PageCounts counts) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(Queries.kind(Fields.EVENT), Occur.FILTER)
                .add(new TermInSetQuery(Fields.STORY_ID, bytes(counts.stories())), Occur.FILTER)
                .add(new TermInSetQuery(Fields.CAMEO, bytes(counts.cameos())), Occur.FILTER)
                .build();
        StoredFields stored = searcher.storedFields();
        forEachLive(searcher, q, (leaf, doc) -> {
            Document d = stored.document(leaf.docBase + doc, MENTION_FIELDS);
            counts.mention(d.get(Fields.STORY_ID), d.get(Fields.CAMEO), Optional.ofNullable(d.get(Fields.SOURCE_CODE)),
                    Optional.ofNullable(d.get(Fields.TARGET_CODE)), Optional.ofNullable(d.get(Fields.EVENT_DATE)),
                    d.get(Fields.ARTICLE_ID));
        });
    }

    /** The stories' articles to their sites (lower case); an article without a site is absent: a source of its own. */
    private static Map<String, String> sites(IndexSearcher searcher, Set<String> stories) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(Queries.kind(Fields.ARTICLE), Occur.FILTER)
                .add(new TermInSetQuery(Fields.STORY_ID, bytes(stories)), Occur.FILTER)
                .build();
        Map<String, String> siteOf = new HashMap<>();
        Map<LeafReaderContext, SortedDocValues[]> values = new HashMap<>();
        forEachLive(searcher, q, (leaf, doc) -> {
            // Doc values, not stored fields: an article document's stored block holds its whole analysis.
            SortedDocValues[] v = values.computeIfAbsent(leaf, l -> sortedValues(l, Fields.ARTICLE_ID, Fields.SITE));
            if (v[0].advanceExact(doc) && v[1].advanceExact(doc)) {
                siteOf.put(v[0].lookupOrd(v[0].ordValue()).utf8ToString(),
                        v[1].lookupOrd(v[1].ordValue()).utf8ToString());
            }
        });
        return siteOf;
    }

    private static SortedDocValues[] sortedValues(LeafReaderContext leaf, String... fields) {
        SortedDocValues[] v = new SortedDocValues[fields.length];
        try {
            for (int i = 0; i < fields.length; i++) v[i] = DocValues.getSorted(leaf.reader(), fields[i]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return v;
    }

    private interface LeafDoc {
        void accept(LeafReaderContext leaf, int doc) throws IOException;
    }

    /**
     * Every live match in doc-id order, without scoring or a hit limit: a story's mentions are all counted, and
     * doc values iterators, which only go forward, can follow.
     */
    private static void forEachLive(IndexSearcher searcher, Query query, LeafDoc action) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) action.accept(leaf, doc);
            }
        }
    }

    private static List<BytesRef> bytes(Set<String> values) {
        return values.stream().map(BytesRef::new).toList();
    }
}
