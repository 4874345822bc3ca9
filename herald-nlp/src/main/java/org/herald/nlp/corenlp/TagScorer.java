package org.herald.nlp.corenlp;

import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.tagger.maxent.Extractor;
import edu.stanford.nlp.tagger.maxent.TestSentence;
import java.util.Map;

/**
 * One sentence's tag scores for CoreNLP's Viterbi search, equal to the bit to CoreNLP's {@link TestSentence} (issue
 * 10). This is CoreNLP's TestSentence with one method replaced: {@link #scoresOf}, which CoreNLP's
 * {@code ExactBestSequenceFinder} calls for every pair of previous tags at every word. Everything else (the word
 * function, candidate tags, the search itself and its ties, the tagged words) stays CoreNLP's.
 *
 * <p>The scores are CoreNLP's sums in CoreNLP's order: per word, the word-only features (cached per word across
 * sentences, as CoreNLP caches them within one), then the context-word features plus those; per pair of previous
 * tags, {@link TagWeights#history} (plus, for a rare word, its sentence-start features), plus the word's sums; then
 * CoreNLP's own {@link ArrayMath#logSum}. Nothing here formats a feature string per pair or allocates per pair.
 * One instance per sentence, on one thread.
 */
final class TagScorer extends TestSentence {
    private final TagWeights weights;
    private final Map<String, double[]> wordScores;
    /** Per sentence position: context and word feature sums, CoreNLP's {@code localContextScores}. */
    private double[][] contextScores;
    /** Per position, a rare word's sentence-start feature numbers (null entries: no such feature). */
    private int[][][] rareHistory;
    /** Per position, the candidate tags' indices, as CoreNLP's {@code getPossibleValues}. */
    private int[][] candidates;
    private double[] total;
    private double[] result;

    /**
     * @param wordScores the calling thread's cache of word-only feature sums, shared by its sentences: the sums
     *     depend on the word alone (CoreNLP's {@code isLocal} features and its rare-word test)
     */
    TagScorer(TagWeights weights, Map<String, double[]> wordScores) {
        super(weights.tagger);
        this.weights = weights;
        this.wordScores = wordScores;
    }

    @Override
    public double[] scoresOf(int[] tags, int pos) {
        int word = pos - weights.leftWindow;
        if (contextScores == null) prepareSentence();
        if (contextScores[word] == null) prepareWord(word);
        int outside = weights.tagCount;
        int previous1 = pos - 1 >= weights.leftWindow ? tags[pos - 1] : outside;
        int previous2 = weights.leftWindow >= 2 && pos - 2 >= weights.leftWindow ? tags[pos - 2] : outside;
        double[] sum = total;
        System.arraycopy(weights.history(previous2, previous1), 0, sum, 0, sum.length);
        int[][] rare = rareHistory[word];
        if (rare != null) {
            for (int[] features : rare) {
                if (features != null) weights.add(features, sum);
            }
        }
        double[] context = contextScores[word];
        for (int j = 0; j < sum.length; j++) sum[j] += context[j];
        // CoreNLP's ArrayMath.logNormalize, read only at the candidate tags: x + (-logTotal) as it adds.
        double logTotal = ArrayMath.logSum(sum);
        int[] candidate = candidates[word];
        double[] scores = result;
        if (logTotal == Double.NEGATIVE_INFINITY) {
            double uniform = -Math.log(sum.length);
            for (int j = 0; j < candidate.length; j++) scores[j] = uniform;
        } else {
            double shift = -logTotal;
            for (int j = 0; j < candidate.length; j++) scores[j] = sum[candidate[j]] + shift;
        }
        return scores;
    }

    private void prepareSentence() {
        contextScores = new double[size][];
        rareHistory = new int[size][][];
        candidates = new int[size][];
        total = new double[weights.tagCount];
        result = new double[weights.tagCount];
    }

    /** CoreNLP's first visit of a word in {@code getHistories}: its word and context sums, once. */
    private void prepareWord(int word) {
        // CoreNLP's history for the word: the sentence occupies positions 0..size-1 of the inherited pairs.
        Object h = weights.history(0, size - 1, word, pairs);
        String w = sent.get(word);
        boolean rare = weights.isRare(w);
        double[] local = wordScores.get(w);
        if (local == null) {
            local = new double[weights.tagCount];
            addAll(weights.local, weights.localKind, h, local);
            if (rare) addAll(weights.rareLocal, weights.rareLocalKind, h, local);
            wordScores.put(w, local);
        }
        double[] context = new double[weights.tagCount];
        addAll(weights.context, weights.contextKind, h, context);
        if (rare) addAll(weights.rareContext, weights.rareContextKind, h, context);
        for (int j = 0; j < context.length; j++) context[j] += local[j];
        contextScores[word] = context;
        if (rare) {
            // These read the word and whether the previous tag is outside the sentence, which depends on the
            // position alone: CoreNLP's value at any pair of previous tags is this one.
            int[][] features = new int[weights.rareHistory.length][];
            for (int e = 0; e < features.length; e++) {
                features[e] = weights.features(weights.rareHistoryKind[e], weights.value(weights.rareHistory[e], h));
            }
            rareHistory[word] = features;
        }
        candidates[word] = getPossibleValues(word + weights.leftWindow);
    }

    private void addAll(Extractor[] extractors, int[] kinds, Object h, double[] scores) {
        for (int e = 0; e < extractors.length; e++) weights.add(kinds[e], weights.value(extractors[e], h), scores);
    }
}
