package org.herald.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.herald.store.StoryEvent;
import org.herald.store.StoryMentions;

/**
 * A story's events counted once: its event documents, in text order, read as {@link StoryMentions.Mention}s and
 * grouped and counted by {@link StoryMentions} (which the OpenSearch store shares); IsRootEvent from
 * {@link Fields#ROOT}.
 */
final class StoryEvents {
    /** A story page groups at most this many event mentions. */
    static final int MAX_MENTIONS = 10_000;
    private static final Sort TEXT_ORDER = new Sort(new SortField(Fields.TIME, SortField.Type.LONG),
            Queries.byArticle(), Queries.position());

    /**
     * @param siteOf each article's site (lower case; the article id when it has none), in the story's article order,
     *               which is the order of each event's articles
     */
    List<StoryEvent> of(IndexSearcher searcher, String storyId, Map<String, String> siteOf) throws IOException {
        Query q = Queries.and(Fields.EVENT, Optional.empty(),
                List.of(Optional.of(new TermQuery(new Term(Fields.STORY_ID, storyId)))));
        List<StoryMentions.Mention> mentions = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(q, MAX_MENTIONS, TEXT_ORDER).scoreDocs) {
            mentions.add(mention(searcher.storedFields().document(hit.doc)));
        }
        return StoryMentions.events(mentions, siteOf);
    }

    private static StoryMentions.Mention mention(Document d) {
        return new StoryMentions.Mention(d.get(Fields.ARTICLE_ID), d.get(Fields.CAMEO), d.get(Fields.PLOVER_TEXT),
                orEmpty(d, Fields.SOURCE_CODE), d.get(Fields.SOURCE_NAME), opt(d, Fields.SOURCE_ENTITY),
                orEmpty(d, Fields.TARGET_CODE), opt(d, Fields.TARGET_NAME), opt(d, Fields.TARGET_ENTITY),
                orEmpty(d, Fields.EVENT_DATE), d.getField(Fields.GOLDSTEIN).numericValue().doubleValue(),
                d.getField(Fields.QUAD).numericValue().intValue(), isRoot(d), d.get(Fields.SENTENCE));
    }

    static boolean isRoot(Document d) {
        IndexableField f = d.getField(Fields.ROOT);
        return f != null && f.numericValue().intValue() == 1;
    }

    private static String orEmpty(Document d, String field) {
        return Optional.ofNullable(d.get(field)).orElse("");
    }

    private static Optional<String> opt(Document d, String field) {
        return Optional.ofNullable(d.get(field));
    }
}
