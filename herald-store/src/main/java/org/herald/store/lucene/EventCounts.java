package org.herald.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.herald.store.EventPage;

/**
 * A page of event hits with GDELT's counts: for each hit, the event documents of its story with the same CAMEO code,
 * actor codes and date ({@link StoryEvents.Key}), looked up once per distinct event of the page.
 */
final class EventCounts {
    private static final Set<String> MENTION_FIELDS = Set.of(Fields.ARTICLE_ID, Fields.EVENT_DATE, Fields.CAMEO,
            Fields.SOURCE_CODE, Fields.TARGET_CODE);

    List<EventPage.Hit> add(IndexSearcher searcher, List<EventPage.Hit> hits) throws IOException {
        Map<String, EventPage.Counts> known = new HashMap<>();
        Map<String, String> sites = new HashMap<>();
        List<EventPage.Hit> counted = new ArrayList<>(hits.size());
        for (EventPage.Hit h : hits) {
            if (h.story().isEmpty()) {
                counted.add(h);
                continue;
            }
            String target = h.target().map(EventPage.Actor::code).orElse("");
            StoryEvents.Key key = new StoryEvents.Key(h.cameo(), h.source().code(), target, h.date().orElse(""));
            String cacheKey = h.story().get() + "\u0000" + key;
            EventPage.Counts c = known.get(cacheKey);
            if (c == null) {
                c = count(searcher, h.story().get(), key, sites);
                known.put(cacheKey, c);
            }
            counted.add(h.withCounts(c));
        }
        return counted;
    }

    private static EventPage.Counts count(IndexSearcher searcher, String story, StoryEvents.Key key,
                                          Map<String, String> sites) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(Queries.kind(Fields.EVENT), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.STORY_ID, story)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.CAMEO, key.cameo())), Occur.FILTER);
        if (!key.source().isEmpty()) q.add(new TermQuery(new Term(Fields.SOURCE_CODE, key.source())), Occur.FILTER);
        if (!key.target().isEmpty()) q.add(new TermQuery(new Term(Fields.TARGET_CODE, key.target())), Occur.FILTER);
        long mentions = 0;
        Set<String> articles = new HashSet<>();
        Set<String> sources = new HashSet<>();
        for (ScoreDoc hit : searcher.search(q.build(), StoryEvents.MAX_MENTIONS).scoreDocs) {
            Document d = searcher.storedFields().document(hit.doc, MENTION_FIELDS);
            // The terms match by code; the key also asks for no code where the hit has none, and for the date.
            if (!StoryEvents.key(d).equals(key)) continue;
            String article = d.get(Fields.ARTICLE_ID);
            mentions++;
            articles.add(article);
            sources.add(sites.computeIfAbsent(article, a -> site(searcher, a)));
        }
        return new EventPage.Counts(mentions, sources.size(), articles.size());
    }

    /** The article's site in lower case, or its id when it has none (a source of its own). */
    private static String site(IndexSearcher searcher, String articleId) {
        try {
            int doc = Queries.firstLiveDocument(searcher.getIndexReader(), new Term(Fields.ARTICLE_ID, articleId));
            if (doc == DocIdSetIterator.NO_MORE_DOCS) return articleId;
            // The id term is on every document of the block; the article document is the block's first.
            Optional<String> site = DocValuesAt.sorted(searcher.getIndexReader(), doc, Fields.SITE);
            return site.orElse(articleId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
