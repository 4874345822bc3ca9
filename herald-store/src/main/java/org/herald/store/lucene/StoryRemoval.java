package org.herald.store.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.herald.stories.StoryMembers;
import org.herald.stories.StoryMembers.Joined;
import org.herald.stories.StorySum;

/**
 * What deleting an article changes in its story's running sums (#12): the story's later articles get their sum
 * without the deleted article's vector and a size one smaller ({@link StoryMembers#without}, which the OpenSearch
 * store shares), written here as new doc values of their documents ({@link Fields#STORY_SUM},
 * {@link Fields#STORY_SIZE}).
 */
final class StoryRemoval {
    private StoryRemoval() {}

    /** New doc values for one article document of the story. */
    record Update(String articleId, List<Field> fields) {}

    /** The updates deleting the article needs: none when it is its story's newest or belongs to no story. */
    static List<Update> of(IndexSearcher searcher, String articleId) throws IOException {
        IndexReader r = searcher.getIndexReader();
        // The id term is on every document of the block; the article document is the block's first.
        int doc = Queries.firstLiveDocument(r, new Term(Fields.ARTICLE_ID, articleId));
        if (doc == DocIdSetIterator.NO_MORE_DOCS) return List.of();
        Optional<String> story = DocValuesAt.sorted(r, doc, Fields.STORY_ID);
        OptionalLong size = DocValuesAt.numeric(r, doc, Fields.STORY_SIZE);
        Optional<byte[]> sum = DocValuesAt.binary(r, doc, Fields.STORY_SUM);
        if (story.isEmpty() || size.isEmpty() || sum.isEmpty()) return List.of();
        Joined deleted = new Joined(articleId, size.getAsLong(), decode(sum.get()));
        List<Update> updates = new ArrayList<>();
        for (Joined j : StoryMembers.without(deleted, articles(searcher, story.get()))) {
            updates.add(new Update(j.articleId(), List.of(
                    new NumericDocValuesField(Fields.STORY_SIZE, j.size()),
                    new BinaryDocValuesField(Fields.STORY_SUM,
                            new BytesRef(j.sum().encode(StoryPlacer.SUM_TERMS))))));
        }
        return updates;
    }

    private static List<Joined> articles(IndexSearcher searcher, String storyId) throws IOException {
        Query q = Queries.and(Fields.ARTICLE, Optional.empty(),
                List.of(Optional.of(new TermQuery(new Term(Fields.STORY_ID, storyId)))));
        IndexReader r = searcher.getIndexReader();
        List<Joined> joined = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(q, Math.max(1, searcher.count(q))).scoreDocs) {
            Optional<String> id = DocValuesAt.sorted(r, hit.doc, Fields.ARTICLE_ID);
            OptionalLong size = DocValuesAt.numeric(r, hit.doc, Fields.STORY_SIZE);
            Optional<byte[]> sum = DocValuesAt.binary(r, hit.doc, Fields.STORY_SUM);
            if (id.isPresent() && size.isPresent() && sum.isPresent()) {
                joined.add(new Joined(id.get(), size.getAsLong(), decode(sum.get())));
            }
        }
        return joined;
    }

    private static StorySum decode(byte[] sum) {
        return StorySum.decode(new String(sum, StandardCharsets.UTF_8));
    }
}
