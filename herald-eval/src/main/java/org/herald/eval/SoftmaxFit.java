package org.herald.eval;

import java.util.List;
import org.herald.events.learned.SoftmaxModel;

/**
 * Fits a {@link SoftmaxModel} by full-batch gradient descent with momentum on the weighted cross-entropy, with an L2
 * penalty on the weights (not the biases). Deterministic: the same cases give the same model.
 */
final class SoftmaxFit {
    private final double l2;
    private final int epochs;
    private final double rate;
    private static final double MOMENTUM = 0.9;

    SoftmaxFit(double l2, int epochs, double rate) {
        this.l2 = l2;
        this.epochs = epochs;
        this.rate = rate;
    }

    /** The model of vectors {@code x} with label indexes {@code y} and case weights {@code w}. */
    SoftmaxModel fit(List<float[]> x, int[] y, double[] w, List<String> labels, double threshold) {
        int n = x.size(), classes = labels.size(), d = x.get(0).length;
        double[][] weights = new double[classes][d];
        double[] bias = new double[classes];
        double[][] vw = new double[classes][d];
        double[] vb = new double[classes];
        double total = 0;
        for (double v : w) total += v;
        for (int epoch = 0; epoch < epochs; epoch++) {
            double[][] g = new double[classes][d];
            double[] gb = new double[classes];
            SoftmaxModel current = new SoftmaxModel(labels, threshold, bias, weights);
            for (int i = 0; i < n; i++) {
                double[] p = current.probabilities(x.get(i));
                float[] xi = x.get(i);
                for (int c = 0; c < classes; c++) {
                    double err = w[i] * (p[c] - (y[i] == c ? 1 : 0));
                    if (err == 0) continue;
                    double[] gc = g[c];
                    for (int k = 0; k < d; k++) gc[k] += err * xi[k];
                    gb[c] += err;
                }
            }
            for (int c = 0; c < classes; c++) {
                for (int k = 0; k < d; k++) {
                    vw[c][k] = MOMENTUM * vw[c][k] - rate * (g[c][k] / total + l2 * weights[c][k]);
                    weights[c][k] += vw[c][k];
                }
                vb[c] = MOMENTUM * vb[c] - rate * gb[c] / total;
                bias[c] += vb[c];
            }
        }
        return new SoftmaxModel(labels, threshold, bias, weights);
    }
}
