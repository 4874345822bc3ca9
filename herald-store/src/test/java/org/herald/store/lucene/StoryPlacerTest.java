package org.herald.store.lucene;

import org.herald.store.contract.StorySamples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.herald.store.ArticleStory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryPlacerTest {
    @TempDir
    Path dir;

    private static ArticleStory story(LuceneStore store, String id) {
        return store.findArticleStory(id).orElseThrow(() -> new AssertionError("no story for " + id));
    }

    @Test
    void twoCopiesOfAWireStoryAreOneStoryAndAnotherEventAtTheSameBankIsAnother() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            // One batch, no commit in between: the copy finds the wire text among the pending placements.
            store.put(StorySamples.wire());
            store.put(StorySamples.copy());
            store.put(StorySamples.jobCuts());
            store.commit();
            assertEquals(new ArticleStory("wire", Optional.empty()), story(store, "wire"));
            assertEquals(new ArticleStory("wire", Optional.of("wire")), story(store, "copy"));
            assertEquals(new ArticleStory("cuts", Optional.empty()), story(store, "cuts"));
        }
    }

    @Test
    void storiesSurviveReopenAndARewriteJoinsWithoutBeingACopy() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.put(StorySamples.wire());
            store.put(StorySamples.jobCuts());
            store.commit();
        }
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.put(StorySamples.copy());
            store.commit();
            store.put(StorySamples.rewrite());
            store.commit();
            assertEquals(new ArticleStory("wire", Optional.of("wire")), story(store, "copy"));
            assertEquals(new ArticleStory("wire", Optional.empty()), story(store, "rewrite"));
            assertEquals("cuts", story(store, "cuts").storyId());
        }
    }

    @Test
    void aCopyOfACopyNamesTheFirstText() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.put(StorySamples.wire());
            store.commit();
            store.put(StorySamples.copy());
            store.put(StorySamples.article("again", "third.example", "Tessaro fined",
                    StorySamples.FINE_COPY.replace("Reporting by wire staff.", "Additional reporting."),
                    "2024-05-07T13:00:00Z"));
            store.commit();
            assertEquals(new ArticleStory("wire", Optional.of("wire")), story(store, "again"));
        }
    }

    @Test
    void aReputArticleKeepsItsStory() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.put(StorySamples.wire());
            store.put(StorySamples.copy());
            store.commit();
            store.put(StorySamples.copy());
            store.put(StorySamples.wire());
            store.commit();
            assertEquals(new ArticleStory("wire", Optional.empty()), story(store, "wire"));
            assertEquals(new ArticleStory("wire", Optional.of("wire")), story(store, "copy"));
            assertEquals(2, store.articleCount());
        }
    }

    @Test
    void theSameEventToldAgainOutsideTheWindowOpensANewStory() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.put(StorySamples.wire());
            store.commit();
            store.put(StorySamples.article("later", "daily.example", "Tessaro to pay record penalty",
                    StorySamples.FINE_REWRITE, "2024-07-07T15:00:00Z"));
            store.commit();
            assertNotEquals("wire", story(store, "later").storyId());
        }
    }

    @Test
    void anArticleNotStoredHasNoStory() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.put(StorySamples.wire());
            store.commit();
            assertEquals(Optional.empty(), store.findArticleStory("nothing"));
        }
    }
}
