package org.herald.store.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.herald.stories.StorySum;

/**
 * What deleting an article changes in its story's running sums (#12). Each article of a story holds the sum of the
 * story's vectors as it stood once the article joined ({@link Fields#STORY_SUM}) and the story's size then
 * ({@link Fields#STORY_SIZE}); the newest article's sum is the centroid later articles are placed against. An
 * article deleted from the middle of a story would stay in every later sum, so each later article gets its sum
 * without the deleted article's vector (the difference of the deleted article's sum and the one before it) and a
 * size one smaller, which keeps the sizes a sequence and the newest article the one with the largest.
 */
final class StoryRemoval {
    private StoryRemoval() {}

    /** New doc values for one article document of the story. */
    record Update(String articleId, List<Field> fields) {}

    /** An article of the story as its doc values hold it. */
    private record Joined(String id, long size, StorySum sum) {}

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

        List<Joined> before = new ArrayList<>();
        List<Joined> later = new ArrayList<>();
        for (Joined j : articles(searcher, story.get())) {
            if (j.id().equals(articleId)) continue;
            (j.size() > deleted.size() ? later : before).add(j);
        }
        // The story's sum before the deleted article joined: the largest earlier one, or none for its first article.
        StorySum until = before.stream().max(Comparator.comparingLong(Joined::size)).map(Joined::sum)
                .orElse(StorySum.empty());
        List<Update> updates = new ArrayList<>();
        for (Joined j : later) {
            StorySum without = j.sum().without(until, deleted.sum());
            updates.add(new Update(j.id(), List.of(
                    new NumericDocValuesField(Fields.STORY_SIZE, j.size() - 1),
                    new BinaryDocValuesField(Fields.STORY_SUM,
                            new BytesRef(without.encode(StoryPlacer.SUM_TERMS))))));
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
