package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.herald.model.json.AnalysisJson;
import org.herald.store.lucene.LuceneStore;
import org.herald.store.synthetic.SyntheticArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** #11: the commit on Ctrl-C printed a count that included articles put while it ran. */
class PutGateTest {
    @Test
    void afterShutNoPutReachesTheStoreSoTheCommitCountIsExact(@TempDir Path dir) throws Exception {
        SyntheticArticles synthetic = new SyntheticArticles(3, 1, LocalDate.parse("2024-01-01"), 5);
        AnalysisJson json = new AnalysisJson();
        try (LuceneStore store = LuceneStore.open(dir)) {
            PutGate gate = new PutGate(store);
            gate.put(synthetic.stored(0, json));
            gate.shut();
            CompletableFuture<Void> late = CompletableFuture.runAsync(() -> gate.put(synthetic.stored(1, json)));
            try {
                late.get(500, TimeUnit.MILLISECONDS);
            } catch (TimeoutException expected) {
                // held, as it should be
            }
            assertFalse(late.isDone(), "a put after shut() waits");
            assertEquals(1, store.commit(), "the commit counts only what came before shut()");
        }
    }
}
