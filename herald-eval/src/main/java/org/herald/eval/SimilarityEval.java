package org.herald.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.herald.stories.ArticleSimilarity;
import org.herald.stories.StoryDocument;

/**
 * {@code similarity-semeval}: Pearson r between Herald's article similarity and the human {@code Overall} rating
 * of SemEval-2022 Task 8 pairs, the rating negated so that higher means more alike on both sides (the task's own
 * metric). Document frequencies are counted over the texts of the pairs scored.
 */
final class SimilarityEval {
    private SimilarityEval() {}

    /** r over all pairs, over same-language and over cross-language pairs, with their counts. */
    record Result(int pairs, double pearson, int monolingual, double pearsonMonolingual, int crossLingual,
                  double pearsonCrossLingual) {
        String line(String label) {
            return String.format(Locale.ROOT, "%s: Pearson r %.3f over %d pairs (same language %.3f over %d, across"
                    + " languages %.3f over %d)", label, pearson, pairs, pearsonMonolingual, monolingual,
                    pearsonCrossLingual, crossLingual);
        }
    }

    /** Pearson r per language pair ("de-en"), the biggest groups first, one Markdown table. */
    static String byLanguages(ArticleSimilarity similarity, List<StorySuites.RatedPair> pairs) {
        double[] sim = similarity.score(docs(pairs));
        java.util.Map<String, Long> sizes = new java.util.TreeMap<>();
        for (StorySuites.RatedPair p : pairs) sizes.merge(p.lang1() + "-" + p.lang2(), 1L, Long::sum);
        StringBuilder b = new StringBuilder("| languages | pairs | Pearson r |\n| --- | --- | --- |\n");
        sizes.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> b.append(String.format(Locale.ROOT, "| %s | %d | %.3f |%n", e.getKey(), e.getValue(),
                        pearson(sim, pairs, p -> (p.lang1() + "-" + p.lang2()).equals(e.getKey())))));
        return b.toString();
    }

    private static List<ArticleSimilarity.Pair> docs(List<StorySuites.RatedPair> pairs) {
        List<ArticleSimilarity.Pair> docs = new ArrayList<>();
        for (StorySuites.RatedPair p : pairs) {
            docs.add(new ArticleSimilarity.Pair(StoryDocument.ofText(p.pairId() + "/1", p.text1()),
                    StoryDocument.ofText(p.pairId() + "/2", p.text2())));
        }
        return docs;
    }

    static Result score(ArticleSimilarity similarity, List<StorySuites.RatedPair> pairs) {
        double[] sim = similarity.score(docs(pairs));
        return new Result(pairs.size(), pearson(sim, pairs, p -> true),
                (int) pairs.stream().filter(p -> !p.crossLingual()).count(), pearson(sim, pairs, p -> !p.crossLingual()),
                (int) pairs.stream().filter(StorySuites.RatedPair::crossLingual).count(),
                pearson(sim, pairs, StorySuites.RatedPair::crossLingual));
    }

    private static double pearson(double[] sim, List<StorySuites.RatedPair> pairs,
                                  Predicate<StorySuites.RatedPair> keep) {
        List<double[]> xy = new ArrayList<>();
        for (int i = 0; i < sim.length; i++) {
            if (keep.test(pairs.get(i))) xy.add(new double[] {sim[i], -pairs.get(i).overall()});
        }
        return pearson(xy);
    }

    /** Pearson's r of (x, y) points; 0 when either side does not vary. */
    static double pearson(List<double[]> xy) {
        int n = xy.size();
        if (n < 2) return 0;
        double mx = 0;
        double my = 0;
        for (double[] p : xy) {
            mx += p[0];
            my += p[1];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] p : xy) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
            syy += (p[1] - my) * (p[1] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }
}
