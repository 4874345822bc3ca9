package org.herald.nlp.corenlp;

import edu.stanford.nlp.parser.nndep.Classifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The forward pass of a loaded nndep network (embeddings, one cube-activated hidden layer, one output score per
 * transition), giving bit for bit the scores of CoreNLP's {@code Classifier.computeScores}, faster (issue 10).
 *
 * <p>Every sum runs in CoreNLP's order and precision, only the loops around it change. CoreNLP computes each of
 * the 83 output scores as its own 1,000-term dot product: one long chain of dependent additions, which the JIT
 * cannot vectorise (reordering a floating-point sum changes it), so the CPU waits on each addition; that was the
 * "output layer" hot spot. Here eight scores advance together, each still adding its terms in hidden-unit order,
 * so that eight independent additions are in flight. The embedding × weight products of features outside
 * CoreNLP's precomputed table get the same treatment with the loops interchanged. When the JVM has the incubating
 * Vector API and 512-bit vectors, the output layer runs in {@link VectorOutputLayer} instead, the same sums in SIMD
 * lanes. That is opt-in ({@code HERALD_JAVA_OPTS="--add-modules jdk.incubator.vector" ./herald ...}): the module
 * makes the JVM warn on every start, and its gain is measured apart but not yet on a whole quiet run. Not thread-safe:
 * {@link TransitionParser} keeps one per thread over the shared {@link Weights}.
 */
final class TransitionScorer {
    /** CoreNLP's {@code Config.numTokens}: 18 word, 18 tag and 12 label features. */
    static final int FEATURES = 48;
    /** CoreNLP keeps the 5,000 most recently used products of rarer features (its {@code Config.numCached}). */
    private static final int CACHED_PRODUCTS = 5_000;
    /** Output scores computed together by {@link #outputBlock}. */
    static final int BLOCK = 8;

    /**
     * System property: {@code false} keeps the scalar output layer even where {@link VectorOutputLayer} could run
     * (for measuring one against the other in one build; the scores are the same).
     */
    static final String VECTOR_PROPERTY = "herald.vectorParser";
    /** Whether new scorers use {@link VectorOutputLayer}: the module is present, the lanes real, not switched off. */
    static final boolean VECTOR_AVAILABLE = vectorAvailable();

    private final Weights weights;
    private final boolean vector;
    private final double[] hidden;
    private final double[] scores;
    private final double[] product;
    private final double[][] inputRows = new double[FEATURES][];
    private final Map<Integer, double[]> recentProducts = new LinkedHashMap<>(CACHED_PRODUCTS * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, double[]> eldest) {
            return size() > CACHED_PRODUCTS;
        }
    };

    TransitionScorer(Weights weights) {
        this(weights, VECTOR_AVAILABLE);
    }

    /** @param vector run the output layer in {@link VectorOutputLayer}; only when {@link #VECTOR_AVAILABLE} */
    TransitionScorer(Weights weights, boolean vector) {
        if (vector && !VECTOR_AVAILABLE) throw new IllegalStateException("the Vector API is not available here");
        this.weights = weights;
        this.vector = vector;
        this.hidden = new double[weights.hiddenSize];
        this.scores = new double[weights.w2Blocks.length * BLOCK];
        this.product = new double[weights.hiddenSize];
    }

    /**
     * Scores of every transition for one configuration's features (CoreNLP's feature ids, in its order), in
     * CoreNLP's transition order; the array is reused by the next call, and its last few entries, past the
     * transitions, are padding.
     */
    double[] scores(int[] features) {
        double[][] rows = inputRows;
        for (int position = 0; position < FEATURES; position++) {
            int feature = features[position];
            int row = weights.precomputedRow[feature * FEATURES + position];
            rows[position] = row >= 0 ? weights.precomputed[row] : rareProduct(feature, position);
        }
        // Four rows per pass over the hidden layer, added to each unit in position order as CoreNLP adds them one
        // row at a time: the same sums, a quarter of the passes.
        double[] sum = hidden;
        Arrays.fill(sum, 0.0);
        for (int p = 0; p < FEATURES; p += 4) {
            double[] r0 = rows[p], r1 = rows[p + 1], r2 = rows[p + 2], r3 = rows[p + 3];
            for (int h = 0; h < sum.length; h++) sum[h] = sum[h] + r0[h] + r1[h] + r2[h] + r3[h];
        }
        float[] b1 = weights.b1;
        for (int h = 0; h < hidden.length; h++) {
            double x = hidden[h] + b1[h];
            hidden[h] = x * x * x;
        }
        if (vector) {
            VectorOutputLayer.scores(weights.w2ByHidden, hidden, scores, scores.length);
            return scores;
        }
        double[][] blocks = weights.w2Blocks;
        for (int b = 0, first = 0; b < blocks.length; b++, first += BLOCK) {
            outputBlock(blocks[b], first);
        }
        return scores;
    }

    private static boolean vectorAvailable() {
        if (!Boolean.parseBoolean(System.getProperty(VECTOR_PROPERTY, "true"))) return false;
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) return false;
        try {
            return VectorOutputLayer.usable();
        } catch (LinkageError e) {
            return false;
        }
    }

    /**
     * The scores of the eight transitions from {@code first} on: eight dot products with the hidden layer, each
     * summed in hidden-unit order as CoreNLP does, advanced together so that no addition waits on the one before
     * (a micro-benchmark on the loaded build machine: 29 µs for all 83 scores, ~100 µs for CoreNLP's loop).
     */
    private void outputBlock(double[] w, int first) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        double[] x = hidden;
        for (int h = 0, i = 0; h < x.length; h++, i += BLOCK) {
            double v = x[h];
            s0 += v * w[i];
            s1 += v * w[i + 1];
            s2 += v * w[i + 2];
            s3 += v * w[i + 3];
            s4 += v * w[i + 4];
            s5 += v * w[i + 5];
            s6 += v * w[i + 6];
            s7 += v * w[i + 7];
        }
        double[] out = scores;
        out[first] = s0;
        out[first + 1] = s1;
        out[first + 2] = s2;
        out[first + 3] = s3;
        out[first + 4] = s4;
        out[first + 5] = s5;
        out[first + 6] = s6;
        out[first + 7] = s7;
    }

    /**
     * CoreNLP's {@code matrixMultiplySlice}: float products summed in double, rounded to float at the end; kept
     * widened back to double (exactly), as CoreNLP adds it to the hidden layer.
     */
    private double[] rareProduct(int feature, int position) {
        Integer key = feature * FEATURES + position;
        double[] cached = recentProducts.get(key);
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
        double[] slice = new double[m];
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
        /**
         * W2 (widened to double, exactly) in blocks of eight transitions, interleaved: transition
         * {@code b * 8 + j}, hidden unit h at {@code w2Blocks[b][h * 8 + j]}; the last block padded with zeros.
         */
        final double[][] w2Blocks;
        /**
         * W2 transposed, as CoreNLP's floats, for {@link VectorOutputLayer}: hidden unit h, transition t at
         * {@code h * stride + t}, stride the score array's length (transitions rounded up to eight); zeros past the
         * last transition.
         */
        final float[] w2ByHidden;
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
            this.w2Blocks = new double[(transitions + BLOCK - 1) / BLOCK][hiddenSize * BLOCK];
            for (int t = 0; t < transitions; t++) {
                for (int h = 0; h < hiddenSize; h++) w2Blocks[t / BLOCK][h * BLOCK + t % BLOCK] = w2[t][h];
            }
            int stride = w2Blocks.length * BLOCK;
            this.w2ByHidden = new float[hiddenSize * stride];
            for (int t = 0; t < transitions; t++) {
                for (int h = 0; h < hiddenSize; h++) w2ByHidden[h * stride + t] = w2[t][h];
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
