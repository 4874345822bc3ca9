package org.herald.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.herald.store.EventPage;
import org.herald.store.StoryEvent;

/**
 * A story's events counted once: its event documents grouped by CAMEO code, source and target actor codes and
 * date, GDELT's NumMentions, NumSources and NumArticles counted over each group, IsRootEvent when any mention
 * came from an article's lead ({@link Fields#ROOT}).
 */
final class StoryEvents {
    /** A story page groups at most this many event mentions. */
    static final int MAX_MENTIONS = 10_000;
    private static final Sort TEXT_ORDER = new Sort(new SortField(Fields.TIME, SortField.Type.LONG),
            Queries.byArticle(), Queries.position());

    /** What identifies one event across articles. */
    record Key(String cameo, String source, String target, String date) {}

    /** One group's mentions as read. */
    private static final class Group {
        final List<Document> mentions = new ArrayList<>();
        final Set<String> articles = new LinkedHashSet<>();
        final Set<String> sources = new HashSet<>();
        boolean root;
    }

    /**
     * @param siteOf each article's site (lower case; the article id when it has none), in the story's article order,
     *               which is the order of each event's articles
     */
    List<StoryEvent> of(IndexSearcher searcher, String storyId, Map<String, String> siteOf) throws IOException {
        Query q = Queries.and(Fields.EVENT, Optional.empty(),
                List.of(Optional.of(new TermQuery(new Term(Fields.STORY_ID, storyId)))));
        Map<String, Integer> rank = new HashMap<>();
        for (String id : siteOf.keySet()) rank.put(id, rank.size());
        List<Document> mentions = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(q, MAX_MENTIONS, TEXT_ORDER).scoreDocs) {
            mentions.add(searcher.storedFields().document(hit.doc));
        }
        // Stable: within an article the mentions keep their text order.
        mentions.sort(Comparator.comparingInt(d -> rank.getOrDefault(d.get(Fields.ARTICLE_ID), Integer.MAX_VALUE)));
        Map<Key, Group> groups = new LinkedHashMap<>();
        for (Document d : mentions) {
            Group g = groups.computeIfAbsent(key(d), k -> new Group());
            String article = d.get(Fields.ARTICLE_ID);
            g.mentions.add(d);
            g.articles.add(article);
            g.sources.add(siteOf.getOrDefault(article, article));
            g.root |= isRoot(d);
        }
        List<StoryEvent> events = new ArrayList<>();
        for (Map.Entry<Key, Group> e : groups.entrySet()) events.add(event(e.getKey(), e.getValue()));
        events.sort(Comparator.comparingLong(StoryEvent::articles).thenComparingLong(StoryEvent::mentions).reversed()
                .thenComparing(ev -> !ev.root()));
        return events;
    }

    static Key key(Document d) {
        return new Key(d.get(Fields.CAMEO), Optional.ofNullable(d.get(Fields.SOURCE_CODE)).orElse(""),
                Optional.ofNullable(d.get(Fields.TARGET_CODE)).orElse(""),
                Optional.ofNullable(d.get(Fields.EVENT_DATE)).orElse(""));
    }

    static boolean isRoot(Document d) {
        IndexableField f = d.getField(Fields.ROOT);
        return f != null && f.numericValue().intValue() == 1;
    }

    private static StoryEvent event(Key key, Group g) {
        // The first lead mention speaks for the event when there is one: it is how the story told it.
        Document shown = g.mentions.stream().filter(StoryEvents::isRoot).findFirst().orElse(g.mentions.get(0));
        EventPage.Actor source = new EventPage.Actor(shown.get(Fields.SOURCE_NAME), key.source(),
                Optional.ofNullable(shown.get(Fields.SOURCE_ENTITY)));
        Optional<EventPage.Actor> target = Optional.ofNullable(shown.get(Fields.TARGET_NAME))
                .map(n -> new EventPage.Actor(n, key.target(), Optional.ofNullable(shown.get(Fields.TARGET_ENTITY))));
        return new StoryEvent(key.cameo(), shown.get(Fields.PLOVER_TEXT), source, target,
                key.date().isEmpty() ? Optional.empty() : Optional.of(key.date()),
                shown.getField(Fields.GOLDSTEIN).numericValue().doubleValue(),
                shown.getField(Fields.QUAD).numericValue().intValue(), g.mentions.size(), g.sources.size(),
                g.articles.size(), g.root, shown.get(Fields.SENTENCE), List.copyOf(g.articles));
    }
}
