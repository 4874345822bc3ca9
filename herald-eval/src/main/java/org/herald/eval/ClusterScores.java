package org.herald.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * BCubed and pairwise precision, recall and F1 of a clustering against gold clusters, over the same documents.
 * BCubed (Bagga and Baldwin 1998; Amigó et al. 2009) averages, per document, the share of its predicted cluster
 * that is in its gold cluster (precision) and of its gold cluster that is in its predicted one (recall). Pairwise
 * counts document pairs put together.
 */
record ClusterScores(double bcubedPrecision, double bcubedRecall, double pairPrecision, double pairRecall) {

    double bcubedF1() {
        return f1(bcubedPrecision, bcubedRecall);
    }

    double pairF1() {
        return f1(pairPrecision, pairRecall);
    }

    static <G, P> ClusterScores of(Map<String, G> gold, Map<String, P> predicted) {
        if (!gold.keySet().equals(predicted.keySet())) throw new IllegalArgumentException("different documents");
        Map<G, Integer> goldSize = new HashMap<>();
        Map<P, Integer> predSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (String id : gold.keySet()) {
            goldSize.merge(gold.get(id), 1, Integer::sum);
            predSize.merge(predicted.get(id), 1, Integer::sum);
            both.merge(cell(gold.get(id), predicted.get(id)), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (String id : gold.keySet()) {
            int common = both.get(cell(gold.get(id), predicted.get(id)));
            p += (double) common / predSize.get(predicted.get(id));
            r += (double) common / goldSize.get(gold.get(id));
        }
        int n = gold.size();
        long truePairs = both.values().stream().mapToLong(ClusterScores::pairs).sum();
        long predPairs = predSize.values().stream().mapToLong(ClusterScores::pairs).sum();
        long goldPairs = goldSize.values().stream().mapToLong(ClusterScores::pairs).sum();
        return new ClusterScores(n == 0 ? 0 : p / n, n == 0 ? 0 : r / n,
                predPairs == 0 ? 1 : (double) truePairs / predPairs, goldPairs == 0 ? 1 : (double) truePairs / goldPairs);
    }

    private static String cell(Object g, Object p) {
        return Objects.toString(g) + "\u0000" + Objects.toString(p);
    }

    private static long pairs(int size) {
        return (long) size * (size - 1) / 2;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
