package org.herald.store.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.herald.store.ArticleStory;
import org.herald.store.contract.StorySamples;
import org.herald.stories.StorySum;
import org.herald.stories.TermCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deleting an article takes it out of its story's centroid (#12): the story's newest article, which holds the sum
 * later articles are placed against, no longer counts the deleted article's words, and the sizes stay a sequence.
 */
class StoryRemovalTest {
    @TempDir
    Path dir;
    @TempDir
    Path control;

    /** An article's story size and sum, as its document's doc values hold them. */
    private record Joined(long size, StorySum sum) {
        Set<String> words() {
            String encoded = sum.encode(StoryPlacer.SUM_TERMS);
            return TermCounts.decode(encoded.substring(encoded.indexOf('\n') + 1)).words().keySet();
        }
    }

    private static Joined joined(Path store, String articleId) throws IOException {
        try (FSDirectory d = FSDirectory.open(store); DirectoryReader r = DirectoryReader.open(d)) {
            IndexSearcher s = new IndexSearcher(r);
            Query q = Queries.and(Fields.ARTICLE, Optional.empty(),
                    List.of(Optional.of(new TermQuery(new Term(Fields.ARTICLE_ID, articleId)))));
            ScoreDoc[] hits = s.search(q, 1).scoreDocs;
            assertEquals(1, hits.length, articleId);
            int doc = hits[0].doc;
            return new Joined(DocValuesAt.numeric(r, doc, Fields.STORY_SIZE).orElseThrow(), StorySum.decode(
                    new String(DocValuesAt.binary(r, doc, Fields.STORY_SUM).orElseThrow(), StandardCharsets.UTF_8)));
        }
    }

    @Test
    void theStoryNewestSumForgetsAnArticleDeletedFromTheMiddleOfTheStory() throws IOException {
        try (LuceneStore store = LuceneStore.open(control)) {
            store.put(StorySamples.wire());
            store.put(StorySamples.copy());
            store.commit();
        }
        Set<String> withoutRewrite = joined(control, "copy").words();

        try (LuceneStore store = LuceneStore.open(dir)) {
            store.put(StorySamples.wire());
            store.commit();
            store.put(StorySamples.rewrite());
            store.commit();
            store.put(StorySamples.copy());
            store.commit();
            assertEquals("wire", store.findArticleStory("rewrite").map(ArticleStory::storyId).orElseThrow());
            assertEquals("wire", store.findArticleStory("copy").map(ArticleStory::storyId).orElseThrow());
            Joined before = joined(dir, "copy");
            assertEquals(3, before.size());
            Set<String> rewriteOnly = new HashSet<>(before.words());
            rewriteOnly.removeAll(withoutRewrite);
            assertFalse(rewriteOnly.isEmpty(), "the rewrite brought words of its own: " + before.words());

            assertTrue(store.delete("rewrite"));
            store.commit();
            Joined after = joined(dir, "copy");
            assertEquals(2, after.size(), "the newest of two articles");
            assertEquals(2, after.sum().articles());
            Set<String> left = new HashSet<>(after.words());
            left.retainAll(rewriteOnly);
            assertEquals(Set.of(), left, "words only the deleted rewrite had");
            assertEquals(withoutRewrite, after.words());
            assertEquals(1, joined(dir, "wire").size(), "the story's first article is left as it was");
        }
    }

    @Test
    void theNextArticleIsPlacedAgainstTheStoryWithoutTheDeletedOne() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.put(StorySamples.wire());
            store.put(StorySamples.rewrite());
            store.put(StorySamples.copy());
            store.commit();
            assertTrue(store.delete("rewrite"));
            // Placed without a commit in between: the delete's refresh shows the story as it is now.
            store.put(StorySamples.jobCuts());
            store.put(StorySamples.article("again", "third.example", "Tessaro fined",
                    StorySamples.FINE_COPY.replace("Reporting by wire staff.", "Additional reporting."),
                    "2024-05-07T18:00:00Z"));
            store.commit();
            Joined newest = joined(dir, "again");
            assertEquals(3, newest.size(), "wire, copy and the new article");
            assertEquals(3, newest.sum().articles());
        }
    }
}
