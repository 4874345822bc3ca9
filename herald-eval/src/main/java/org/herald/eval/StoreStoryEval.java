package org.herald.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.herald.model.Article;
import org.herald.model.analysis.Analysis;
import org.herald.store.StoredArticle;
import org.herald.store.lucene.LuceneStore;

/**
 * {@code stories-ecbplus-store}: the ECB+ documents stored one by one in a fresh {@link LuceneStore} (committed
 * every {@value #COMMIT_EVERY}, as an ingest commits), each put in a story as it is stored, and the stories scored as
 * {@link StoryEval} scores {@code ./herald cluster}'s: the same documents, order and metrics, so the two can be read
 * side by side. Documents carry only their text, as in {@link StoryEval}: no date, so no time window.
 */
final class StoreStoryEval {
    static final int COMMIT_EVERY = 100;

    private StoreStoryEval() {}

    static StoryEval.Result score(List<StorySuites.StoryDoc> docs) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("herald-eval-stories");
            Map<String, String> gold = new HashMap<>();
            Map<String, String> found = new HashMap<>();
            long start = System.nanoTime();
            try (LuceneStore store = LuceneStore.open(dir)) {
                int n = 0;
                for (StorySuites.StoryDoc d : docs) {
                    store.put(stored(d));
                    gold.put(d.id(), d.story());
                    if (++n % COMMIT_EVERY == 0) store.commit();
                }
                store.commit();
                double seconds = (System.nanoTime() - start) / 1e9;
                for (StorySuites.StoryDoc d : docs) {
                    found.put(d.id(), store.findArticleStory(d.id()).orElseThrow().storyId());
                }
                return new StoryEval.Result(docs.size(), (int) gold.values().stream().distinct().count(),
                        (int) found.values().stream().distinct().count(), ClusterScores.of(gold, found), seconds);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) delete(dir);
        }
    }

    private static StoredArticle stored(StorySuites.StoryDoc d) {
        Article article = Article.builder(d.id()).paragraphs(List.of(d.text())).language("en").build();
        return new StoredArticle(d.id(), new Analysis(article, List.of(), List.of(), List.of()), "{}",
                Optional.empty(), Instant.EPOCH);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
