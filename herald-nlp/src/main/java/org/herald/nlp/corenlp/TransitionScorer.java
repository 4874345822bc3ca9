package org.herald.nlp.corenlp;

import edu.stanford.nlp.parser.nndep.Classifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The forward pass of a loaded nndep network (embeddings, one cube-activated hidden layer, one output score per
 * transition), giving bit for bit the scores of CoreNLP's {@code Classifier.computeScores}, about four times
 * faster (issue 10).
 *
 * <p>Every sum runs in CoreNLP's order and precision, only the loops around it change. CoreNLP computes each of
 * the 83 output scores as its own 1,000-term dot product: one long chain of dependent additions, which the JIT
 * cannot vectorise (reordering a floating-point sum changes it), so the CPU waits on each addition; that was the
 * "output layer" hot spot. Here the hidden units are the outer loop and the 83 scores the inner one: each score
 * still adds its terms in hidden-unit order, but 83 independent sums advance together and the JIT vectorises
 * them. The same interchange serves the embedding × weight products of features outside CoreNLP's precomputed
 * table. Not thread-safe: {@link TransitionParser} keeps one per thread over the shared {@link Weights}.
 */
final class TransitionScorer {
    /** CoreNLP's {@code Config.numTokens}: 18 word, 18 tag and 12 label features. */
    static final int FEATURES = 48;
    /** CoreNLP keeps the 5,000 most recently used products of rarer features (its {@code Config.numCached}). */
    private static final int CACHED_PRODUCTS = 5_000;

    private final Weights weights;
    private final double[] hidden;
    private final double[] scores;
    private final double[] product;
    private final Map<Integer, float[]> recentProducts = new LinkedHashMap<>(CACHED_PRODUCTS * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, float[]> eldest) {
            return size() > CACHED_PRODUCTS;
        }
    };

    TransitionScorer(Weights weights) {
        this.weights = weights;
        this.hidden = new double[weights.hiddenSize];
        this.scores = new double[weights.transitions];
        this.product = new double[weights.hiddenSize];
    }

    /**
     * Scores of every transition for one configuration's features (CoreNLP's feature ids, in its order). The
     * returned array is reused by the next call.
     */
    double[] scores(int[] features) {
        Arrays.fill(hidden, 0.0);
        for (int position = 0; position < FEATURES; position++) {
            int feature = features[position];
            int row = weights.precomputedRow[feature * FEATURES + position];
            if (row >= 0) {
                double[] saved = weights.precomputed[row];
                for (int h = 0; h < hidden.length; h++) hidden[h] += saved[h];
            } else {
                float[] slice = rareProduct(feature, position);
                for (int h = 0; h < hidden.length; h++) hidden[h] += slice[h];
            }
        }
        float[] b1 = weights.b1;
        for (int h = 0; h < hidden.length; h++) {
            double x = hidden[h] + b1[h];
            hidden[h] = x * x * x;
        }
        Arrays.fill(scores, 0.0);
        double[] w2 = weights.w2ByHidden;
        int n = scores.length;
        for (int h = 0, base = 0; h < hidden.length; h++, base += n) {
            double x = hidden[h];
            for (int t = 0; t < n; t++) scores[t] += x * w2[base + t];
        }
        return scores;
    }

    /** CoreNLP's {@code matrixMultiplySlice}: float products summed in double, rounded to float at the end. */
    private float[] rareProduct(int feature, int position) {
        Integer key = feature * FEATURES + position;
        float[] cached = recentProducts.get(key);
        if (cached != null) return cached;
        Arrays.fill(product, 0.0);
        float[] embedding = weights.embeddings[feature];
        int column = position * embedding.length;
        float[] w1 = weights.w1ByInput;
        int m = product.length;
        for (int k = 0; k < embedding.length; k++) {
            float e = embedding[k];
            int base = (column + k) * m;
            for (int h = 0; h < m; h++) product[h] += w1[base + h] * e;
        }
        float[] slice = new float[m];
        for (int h = 0; h < m; h++) slice[h] = (float) product[h];
        recentProducts.put(key, slice);
        return slice;
    }

    /**
     * The network's weights, read once out of CoreNLP's classifier and shared by all threads: the two weight
     * matrices transposed for the loops above, CoreNLP's own precomputed table by reference.
     */
    static final class Weights {
        final int hiddenSize;
        final int transitions;
        final float[][] embeddings;
        /** W1 transposed, flat: input column c, hidden unit h at {@code c * hiddenSize + h}. */
        final float[] w1ByInput;
        final float[] b1;
        /** W2 transposed, flat, widened to double (exactly): hidden unit h, transition t at {@code h * transitions + t}. */
        final double[] w2ByHidden;
        /** CoreNLP's precomputed products of frequent features ({@code Classifier.saved}). */
        final double[][] precomputed;
        /** Row of {@link #precomputed} for {@code feature * 48 + position}, or -1. */
        final int[] precomputedRow;

        Weights(Classifier classifier) {
            float[][] w1 = classifier.getW1();
            float[][] w2 = classifier.getW2();
            this.embeddings = classifier.getE();
            this.b1 = classifier.getb1();
            this.hiddenSize = w1.length;
            this.transitions = w2.length;
            int inputs = w1[0].length;
            this.w1ByInput = new float[inputs * hiddenSize];
            for (int h = 0; h < hiddenSize; h++) {
                for (int c = 0; c < inputs; c++) w1ByInput[c * hiddenSize + h] = w1[h][c];
            }
            this.w2ByHidden = new double[hiddenSize * transitions];
            for (int t = 0; t < transitions; t++) {
                for (int h = 0; h < hiddenSize; h++) w2ByHidden[h * transitions + t] = w2[t][h];
            }
            this.precomputed = (double[][]) PrivateFields.read(classifier, Classifier.class, "saved");
            this.precomputedRow = new int[embeddings.length * FEATURES];
            Arrays.fill(precomputedRow, -1);
            @SuppressWarnings("unchecked")
            Map<Integer, Integer> preMap = (Map<Integer, Integer>) PrivateFields.read(classifier, Classifier.class,
                    "preMap");
            preMap.forEach((key, row) -> precomputedRow[key] = row);
        }
    }
}
