package org.herald.store.lucene;

import org.herald.store.contract.Corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.herald.store.ArticleQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LuceneStore#delete} (#12): the article's whole block goes, durably, and only its block. */
class LuceneStoreDeleteTest {
    @TempDir
    Path dir;

    @Test
    void deleteRemovesTheArticleWithItsEventsAndQuotesOnceCommitted() throws IOException {
        try (LuceneStore store = StoredCorpus.stored(dir)) {
            long articles = store.articleCount();
            long events = store.eventCount();
            int own = Corpus.a1().analysis().events().size();
            assertTrue(store.delete("a1"));
            store.commit();
            assertFalse(store.contains("a1"));
            assertTrue(store.findArticle("a1").isEmpty());
            assertEquals(articles - 1, store.articleCount());
            assertEquals(events - own, store.eventCount());
            assertTrue(store.searchArticles(ArticleQuery.all(100)).articles().stream()
                    .noneMatch(h -> h.id().equals("a1")));
            assertFalse(store.delete("a1"), "already gone");
        }
        try (LuceneStore reopened = LuceneStore.openReadOnly(dir)) {
            assertFalse(reopened.contains("a1"), "the delete was committed");
        }
    }

    @Test
    void anArticlePutButNotYetRefreshedCanBeDeleted() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.put(Corpus.a1());
            assertTrue(store.delete("a1"));
            store.commit();
            assertEquals(0, store.articleCount());
            assertEquals(0, store.eventCount());
        }
    }

    @Test
    void aReadOnlyStoreRefusesToDelete() throws IOException {
        try (LuceneStore store = StoredCorpus.stored(dir)) {
            store.commit();
        }
        try (LuceneStore readOnly = LuceneStore.openReadOnly(dir)) {
            assertThrows(IllegalStateException.class, () -> readOnly.delete("a1"));
        }
    }
}
