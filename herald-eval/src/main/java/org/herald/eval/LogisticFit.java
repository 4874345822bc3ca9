package org.herald.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.herald.events.confidence.LogisticModel;

/**
 * Fits an L2-regularised logistic regression over binary features by Newton's method: minimises the summed log
 * loss plus {@code l2 / 2} times the squared weights (the bias is not penalised). Deterministic: no sampling, features
 * in sorted order. Features seen fewer than {@code minCount} times are left out, so a verb met twice gets no weight
 * of its own and falls back on its root, kind and the rest.
 */
final class LogisticFit {
    /** Newton steps; the loss is convex and a few dozen steps reach its minimum to many digits. */
    private static final int STEPS = 30;

    private final double l2;
    private final int minCount;

    LogisticFit(double l2, int minCount) {
        if (l2 <= 0) throw new IllegalArgumentException("l2 must be positive: " + l2);
        this.l2 = l2;
        this.minCount = minCount;
    }

    /** The model fitted to examples {@code x} (each a list of feature names) with labels {@code y}. */
    LogisticModel fit(List<List<String>> x, List<Boolean> y) {
        if (x.size() != y.size() || x.isEmpty()) throw new IllegalArgumentException("need as many labels as examples");
        List<String> names = vocabulary(x);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) index.put(names.get(i), i + 1); // 0 is the bias
        int k = names.size() + 1;
        List<int[]> rows = new ArrayList<>();
        for (List<String> example : x) {
            rows.add(example.stream().distinct().filter(index::containsKey).mapToInt(index::get).toArray());
        }
        double[] w = new double[k];
        for (int step = 0; step < STEPS; step++) {
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k];
            for (int j = 1; j < k; j++) {
                gradient[j] = l2 * w[j];
                hessian[j][j] = l2;
            }
            for (int n = 0; n < rows.size(); n++) {
                int[] row = rows.get(n);
                double z = w[0];
                for (int j : row) z += w[j];
                double p = 1 / (1 + Math.exp(-z));
                double g = p - (y.get(n) ? 1 : 0);
                double h = Math.max(p * (1 - p), 1e-9);
                gradient[0] += g;
                hessian[0][0] += h;
                for (int a : row) {
                    gradient[a] += g;
                    hessian[0][a] += h;
                    hessian[a][0] += h;
                    for (int b : row) hessian[a][b] += h;
                }
            }
            double[] delta = solve(hessian, gradient);
            for (int j = 0; j < k; j++) w[j] -= delta[j];
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) weights.put(names.get(i), w[i + 1]);
        return new LogisticModel(w[0], weights);
    }

    private List<String> vocabulary(List<List<String>> x) {
        Map<String, Integer> counts = new TreeMap<>();
        for (List<String> example : x) example.stream().distinct().forEach(f -> counts.merge(f, 1, Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() >= minCount).map(Map.Entry::getKey).toList();
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting; {@code a} is positive definite here. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) m[i] = a[i].clone();
        double[] x = b.clone();
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
            double[] t = m[c]; m[c] = m[pivot]; m[pivot] = t;
            double tx = x[c]; x[c] = x[pivot]; x[pivot] = tx;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                if (f == 0) continue;
                for (int j = c; j < n; j++) m[r][j] -= f * m[c][j];
                x[r] -= f * x[c];
            }
        }
        for (int c = n - 1; c >= 0; c--) {
            double s = x[c];
            for (int j = c + 1; j < n; j++) s -= m[c][j] * x[j];
            x[c] = s / m[c][c];
        }
        return x;
    }
}
