package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.herald.stories.ArticleSimilarity;
import org.herald.stories.StorySettings;
import org.junit.jupiter.api.Test;

/**
 * The story suites of shared/eval/clustering against the floors in stories-floors.tsv, on their held-out halves
 * (the ones nobody tunes on): article similarity on SemEval-2022 Task 8, stories and near-duplicates on ECB+.
 */
class StoryFloorsIT {
    private final Map<String, Double> floors = Floors.load(StoryEvalCommand.FLOORS);

    private static Path suite(String relative) {
        return SuiteLocator.suite(relative).orElseThrow(
                () -> new AssertionError("shared/eval/" + relative + " not found beside the checkout; set HERALD_EVAL_DIR"));
    }

    private void atLeast(String metric, double value) {
        double floor = floors.get(metric);
        System.out.println(metric + " = " + value + " (floor " + floor + ")");
        assertTrue(value >= floor, metric + " = " + value + " < floor " + floor);
    }

    @Test
    void similarityOnHeldOutSemevalPairs() {
        List<StorySuites.RatedPair> pairs = SuiteSplit.HELDOUT.select(
                StorySuites.semeval(suite(StorySuites.SEMEVAL)), StorySuites.RatedPair::key);
        atLeast("semeval_heldout_pearson", SimilarityEval.score(ArticleSimilarity.defaults(), pairs).pearson());
    }

    @Test
    void storiesOnHeldOutEcbplusTopics() {
        List<StorySuites.StoryDoc> docs = SuiteSplit.HELDOUT.select(
                StorySuites.ecbplus(suite(StorySuites.ECBPLUS)), StorySuites.StoryDoc::topic);
        StoryEval.Result r = StoryEval.score(StorySettings.defaults(), docs);
        atLeast("ecbplus_heldout_bcubed_f1", r.scores().bcubedF1());
        atLeast("ecbplus_heldout_pair_f1", r.scores().pairF1());
    }

    @Test
    void nearDuplicatesOnHeldOutEcbplusTopics() {
        List<StorySuites.StoryDoc> docs = SuiteSplit.HELDOUT.select(
                StorySuites.ecbplus(suite(StorySuites.ECBPLUS)), StorySuites.StoryDoc::topic);
        DuplicateEval.Result r = DuplicateEval.score(docs);
        atLeast("duplicates_heldout_precision", r.precision());
        atLeast("duplicates_heldout_recall", r.recall());
    }
}
