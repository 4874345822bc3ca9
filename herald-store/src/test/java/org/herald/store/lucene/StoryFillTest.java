package org.herald.store.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.herald.store.ArticleStory;
import org.herald.store.contract.StorySamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store filled by {@link StoryFill} places later articles as if its articles had been put one by one: the fill
 * writes what placement reads (story terms, the story's sum, its newest date, the signature and bands).
 */
class StoryFillTest {
    @TempDir
    Path dir;

    private static ArticleStory story(LuceneStore store, String id) {
        return store.findArticleStory(id).orElseThrow(() -> new AssertionError("no story for " + id));
    }

    private static void fill(LuceneStore store) {
        try (StoryFill fill = new StoryFill(store, 16)) {
            fill.add(StorySamples.wire(), "fine-story", Optional.empty());
            fill.add(StorySamples.jobCuts(), "cuts-story", Optional.empty());
            fill.flush();
            assertEquals(2, fill.written());
        }
        store.commit();
    }

    @Test
    void filledArticlesKeepTheStoriesTheCallerGave() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            fill(store);
            assertEquals(new ArticleStory("fine-story", Optional.empty()), story(store, "wire"));
            assertEquals(new ArticleStory("cuts-story", Optional.empty()), story(store, "cuts"));
            assertEquals(2, store.articleCount());
        }
    }

    @Test
    void aCopyPutLaterFindsItsFilledOriginalByItsBands() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            fill(store);
            store.put(StorySamples.copy());
            store.commit();
            assertEquals(new ArticleStory("fine-story", Optional.of("wire")), story(store, "copy"));
        }
    }

    @Test
    void aRewritePutLaterJoinsTheFilledStoryThroughTheCandidateSearch() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            fill(store);
            PlacementCounts.Totals before = store.placementTotals();
            store.put(StorySamples.rewrite());
            store.commit();
            assertEquals(new ArticleStory("fine-story", Optional.empty()), story(store, "rewrite"));
            PlacementCounts.Totals counted = store.placementTotals().minus(before);
            assertEquals(1, counted.placed());
            assertEquals(1, counted.searches(), "a rewrite is no copy: it searched for candidates");
            assertTrue(counted.candidateStories() >= 1 && counted.candidateStories() <= 2, counted.toString());
            assertTrue(counted.candidateArticles() >= counted.candidateStories(), counted.toString());
        }
    }

    @Test
    void theFilledDatesKeepTheWindow() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            fill(store);
            store.put(StorySamples.article("later", "daily.example", "Tessaro to pay record penalty",
                    StorySamples.FINE_REWRITE, "2024-07-07T15:00:00Z"));
            store.commit();
            assertNotEquals("fine-story", story(store, "later").storyId());
        }
    }
}
