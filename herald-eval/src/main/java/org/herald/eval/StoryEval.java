package org.herald.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.herald.stories.StoryClusterer;
import org.herald.stories.StoryDocument;
import org.herald.stories.StorySettings;

/**
 * {@code stories-ecbplus}: the ECB+ documents fed one by one to a fresh {@link StoryClusterer}, in the suite's
 * arrival order, and the stories it made scored against the sub-topics (BCubed and pairwise F1). Each topic holds
 * two stories of the same kind, so merging them costs precision.
 */
final class StoryEval {
    private StoryEval() {}

    record Result(int documents, int goldStories, int stories, ClusterScores scores, double seconds) {
        String line(String label) {
            return String.format(Locale.ROOT, "%s: %d documents, %d gold stories, %d found; BCubed P %.3f R %.3f"
                    + " F1 %.3f; pairwise P %.3f R %.3f F1 %.3f; %.0f documents/s", label, documents, goldStories,
                    stories, scores.bcubedPrecision(), scores.bcubedRecall(), scores.bcubedF1(), scores.pairPrecision(),
                    scores.pairRecall(), scores.pairF1(), seconds == 0 ? 0 : documents / seconds);
        }
    }

    static Result score(StorySettings settings, List<StorySuites.StoryDoc> docs) {
        StoryClusterer clusterer = new StoryClusterer(settings);
        Map<String, String> gold = new HashMap<>();
        Map<String, Long> found = new HashMap<>();
        long start = System.nanoTime();
        for (StorySuites.StoryDoc d : docs) {
            found.put(d.id(), clusterer.add(StoryDocument.ofText(d.id(), d.text())).story());
            gold.put(d.id(), d.story());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(docs.size(), (int) gold.values().stream().distinct().count(), (int) clusterer.storyCount(),
                ClusterScores.of(gold, found), seconds);
    }
}
