package org.herald.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits an L2-regularised logistic regression over real-valued features by Newton's method. Each feature is first
 * centred on its mean and divided by its standard deviation over the examples, so that one {@code l2} suits them
 * all and the weights can be compared; the bias is not penalised. Deterministic.
 */
final class DenseLogisticFit {
    private static final int STEPS = 30;
    private final double l2;

    DenseLogisticFit(double l2) {
        if (l2 <= 0) throw new IllegalArgumentException("l2 must be positive: " + l2);
        this.l2 = l2;
    }

    /** A fitted model: bias, per-feature mean and scale, and the weights of the scaled features. */
    record Fitted(double bias, double[] means, double[] scales, double[] weights) {
        double probability(double[] x) {
            double z = bias;
            for (int j = 0; j < x.length; j++) z += weights[j] * (x[j] - means[j]) / scales[j];
            return 1 / (1 + Math.exp(-z));
        }
    }

    /**
     * Fits with each weight kept to its sign ({@code signs[j]} +1, -1, or 0 for free): a weight that comes out with
     * the wrong sign is fixed at 0 and the rest refitted, until every weight has its sign (at most one refit per
     * feature).
     */
    Fitted fit(List<double[]> x, List<Boolean> y, int[] signs) {
        boolean[] fixed = new boolean[signs.length];
        while (true) {
            Fitted f = fit(x, y, fixed);
            boolean changed = false;
            for (int j = 0; j < signs.length; j++) {
                if (!fixed[j] && signs[j] != 0 && Math.signum(f.weights()[j]) == -signs[j]) {
                    fixed[j] = true;
                    changed = true;
                }
            }
            if (!changed) return f;
        }
    }

    private Fitted fit(List<double[]> x, List<Boolean> y, boolean[] fixed) {
        if (x.isEmpty() || x.size() != y.size()) throw new IllegalArgumentException("need as many labels as examples");
        int d = x.get(0).length, n = x.size();
        double[] means = new double[d], scales = new double[d];
        for (double[] row : x) for (int j = 0; j < d; j++) means[j] += row[j] / n;
        for (double[] row : x) for (int j = 0; j < d; j++) scales[j] += (row[j] - means[j]) * (row[j] - means[j]) / n;
        for (int j = 0; j < d; j++) scales[j] = scales[j] > 1e-12 ? Math.sqrt(scales[j]) : 1;
        List<double[]> z = new ArrayList<>();
        for (double[] row : x) {
            double[] r = new double[d + 1];
            r[0] = 1;
            // A fixed feature reads as 0 everywhere: its weight gets no gradient and stays 0 (L2 keeps it there).
            for (int j = 0; j < d; j++) r[j + 1] = fixed[j] ? 0 : (row[j] - means[j]) / scales[j];
            z.add(r);
        }
        double[] w = new double[d + 1];
        for (int step = 0; step < STEPS; step++) {
            double[] gradient = new double[d + 1];
            double[][] hessian = new double[d + 1][d + 1];
            for (int j = 1; j <= d; j++) {
                gradient[j] = l2 * w[j];
                hessian[j][j] = l2;
            }
            for (int i = 0; i < n; i++) {
                double[] r = z.get(i);
                double s = 0;
                for (int j = 0; j <= d; j++) s += w[j] * r[j];
                double p = 1 / (1 + Math.exp(-s));
                double g = p - (y.get(i) ? 1 : 0);
                double h = Math.max(p * (1 - p), 1e-9);
                for (int a = 0; a <= d; a++) {
                    gradient[a] += g * r[a];
                    for (int b = 0; b <= d; b++) hessian[a][b] += h * r[a] * r[b];
                }
            }
            double[] delta = LogisticFit.solve(hessian, gradient);
            for (int j = 0; j <= d; j++) w[j] -= delta[j];
        }
        double[] weights = new double[d];
        System.arraycopy(w, 1, weights, 0, d);
        return new Fitted(w[0], means, scales, weights);
    }
}
