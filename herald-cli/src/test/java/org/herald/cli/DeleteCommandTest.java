package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.herald.model.json.AnalysisJson;
import org.herald.store.Store;
import org.herald.store.StoredArticle;
import org.herald.store.lucene.LuceneStore;
import org.herald.store.synthetic.SyntheticArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./herald delete} (#12): what it removes is gone once the command ends; an unknown id is reported. */
class DeleteCommandTest {
    @TempDir
    Path dir;

    @Test
    void deletesTheArticleWithItsEventsAndReportsAnIdThatIsNotStored() throws IOException {
        SyntheticArticles synthetic = new SyntheticArticles(3, 4, LocalDate.parse("2024-01-01"), 10);
        AnalysisJson json = new AnalysisJson();
        StoredArticle first = synthetic.stored(0, json);
        long events;
        try (Store store = LuceneStore.open(dir)) {
            for (int n = 0; n < 5; n++) store.put(synthetic.stored(n, json));
            store.commit();
            events = store.eventCount();
        }
        CliRun r = CliRun.run("delete", "--store", dir.toString(), first.id(), "no-such-article");
        assertEquals(ExitCode.SOME_FAILED, r.exitCode());
        assertTrue(r.err().contains("1 deleted, 1 not found"), r.err());
        try (Store store = LuceneStore.openReadOnly(dir)) {
            assertFalse(store.contains(first.id()));
            assertEquals(4, store.articleCount());
            assertEquals(events - first.analysis().events().size(), store.eventCount());
        }
        assertEquals(ExitCode.USAGE, CliRun.run("delete", first.id()).exitCode());
    }
}
