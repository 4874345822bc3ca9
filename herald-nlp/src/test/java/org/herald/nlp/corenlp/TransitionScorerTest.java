package org.herald.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: on a small random network built with CoreNLP's own classifier, our forward pass gives CoreNLP's scores
 * to the last bit, through both of its input paths (precomputed features and the rest) and both output layers
 * (scalar blocks, and SIMD lanes where the JVM has the Vector API: this module's tests run with it).
 */
class TransitionScorerTest {
    private static final int WORDS = 40;
    private static final int EMBEDDING = 6;
    private static final int HIDDEN = 37;
    // 45 transitions: one full pass of 32 in the vector layer, then a remainder of 13, not a multiple of eight, so
    // the padded block is exercised too.
    private static final int TRANSITIONS = 45;

    private static float[][] random(Random r, int rows, int columns) {
        float[][] m = new float[rows][columns];
        for (float[] row : m) {
            for (int j = 0; j < columns; j++) row[j] = (float) r.nextGaussian();
        }
        return m;
    }

    private static Classifier coreNlpClassifier(Random r) {
        Properties p = new Properties();
        p.setProperty("hiddenSize", String.valueOf(HIDDEN));
        p.setProperty("embeddingSize", String.valueOf(EMBEDDING));
        Config config = new Config(p);
        float[][] e = random(r, WORDS, EMBEDDING);
        float[][] w1 = random(r, HIDDEN, TransitionScorer.FEATURES * EMBEDDING);
        float[] b1 = random(r, 1, HIDDEN)[0];
        float[][] w2 = random(r, TRANSITIONS, HIDDEN);
        // Every feature id at every third position is precomputed; the others take the cached path.
        List<Integer> precomputed = new ArrayList<>();
        for (int id = 0; id < WORDS; id++) {
            for (int position = 0; position < TransitionScorer.FEATURES; position += 3) {
                precomputed.add(id * TransitionScorer.FEATURES + position);
            }
        }
        Classifier classifier = new Classifier(config, e, w1, b1, w2, precomputed);
        classifier.preCompute();
        return classifier;
    }

    @Test
    void scalarScoresAreCoreNlpsToTheBit() throws Exception {
        assertCoreNlpsScores(false);
    }

    @Test
    void vectorScoresAreCoreNlpsToTheBit() throws Exception {
        assumeTrue(TransitionScorer.VECTOR_AVAILABLE, "no Vector API or no 512-bit vectors in this JVM");
        assertCoreNlpsScores(true);
    }

    private static void assertCoreNlpsScores(boolean vector) throws Exception {
        Random r = new Random(10);
        Classifier classifier = coreNlpClassifier(r);
        Method coreNlpScores = Classifier.class.getDeclaredMethod("computeScores", int[].class);
        coreNlpScores.setAccessible(true);
        TransitionScorer ours = new TransitionScorer(new TransitionScorer.Weights(classifier), vector);
        for (int example = 0; example < 200; example++) {
            int[] features = new int[TransitionScorer.FEATURES];
            // Few distinct ids, so that the cache of non-precomputed products is hit as well as filled.
            for (int j = 0; j < features.length; j++) features[j] = r.nextInt(example % 2 == 0 ? WORDS : 5);
            double[] expected = (double[]) coreNlpScores.invoke(classifier, (Object) features);
            double[] actual = ours.scores(features);
            assertEquals(TRANSITIONS, expected.length);
            for (int t = 0; t < TRANSITIONS; t++) {
                assertEquals(Double.doubleToLongBits(expected[t]), Double.doubleToLongBits(actual[t]),
                        "example " + example + ", transition " + t + ": " + expected[t] + " vs " + actual[t]);
            }
        }
    }
}
