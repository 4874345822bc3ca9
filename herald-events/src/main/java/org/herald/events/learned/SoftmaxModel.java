package org.herald.events.learned;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Multinomial logistic regression over a dense vector: P(label | x) = softmax(W x + b). Small enough to read: one
 * weight per label and dimension. Its file is a TSV ({@code #} comments) with a {@code labels} row, a
 * {@code threshold} row (the least probability at which a caller may act on the best label), a {@code bias} row,
 * then one row per dimension, {@code index<TAB>weight per label}; {@code ./herald eval train-event-types} writes it.
 */
public final class SoftmaxModel {
    private final List<String> labels;
    private final double threshold;
    private final double[] bias;
    /** weights[label][dimension]. */
    private final double[][] weights;

    public SoftmaxModel(List<String> labels, double threshold, double[] bias, double[][] weights) {
        this.labels = List.copyOf(labels);
        if (bias.length != labels.size() || weights.length != labels.size()) {
            throw new IllegalArgumentException("one bias and one weight row per label");
        }
        if (!(threshold >= 0 && threshold <= 1)) throw new IllegalArgumentException("threshold must be 0..1");
        for (double[] w : weights) {
            if (w.length != weights[0].length) throw new IllegalArgumentException("weight rows of unequal length");
        }
        this.threshold = threshold;
        this.bias = bias.clone();
        this.weights = new double[weights.length][];
        for (int i = 0; i < weights.length; i++) this.weights[i] = weights[i].clone();
    }

    public List<String> labels() {
        return labels;
    }

    public double threshold() {
        return threshold;
    }

    public int dimension() {
        return weights[0].length;
    }

    /** The same model acting at another probability. */
    public SoftmaxModel withThreshold(double value) {
        return new SoftmaxModel(labels, value, bias, weights);
    }

    /** P(label | x) for each label, in {@link #labels()} order; they sum to 1. */
    public double[] probabilities(float[] x) {
        if (x.length != dimension()) {
            throw new IllegalArgumentException("vector of " + x.length + ", model of " + dimension());
        }
        double[] z = new double[labels.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < z.length; c++) {
            double s = bias[c];
            double[] w = weights[c];
            for (int i = 0; i < x.length; i++) s += w[i] * x[i];
            z[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < z.length; c++) z[c] /= sum;
        return z;
    }

    /** Writes the model; {@code header} lines become {@code #} comments (say what trained it, on what). */
    public void write(Writer out, List<String> header) throws IOException {
        for (String h : header) out.write("# " + h + "\n");
        out.write("labels\t" + String.join("\t", labels) + "\n");
        out.write(String.format(Locale.ROOT, "threshold\t%.3f%n", threshold));
        out.write("bias" + row(i -> bias[i]) + "\n");
        for (int d = 0; d < dimension(); d++) {
            int at = d;
            out.write(d + row(c -> weights[c][at]) + "\n");
        }
    }

    private String row(java.util.function.IntToDoubleFunction value) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < labels.size(); c++) b.append('\t').append(String.format(Locale.ROOT, "%.5g", value.applyAsDouble(c)));
        return b.toString();
    }

    /** Reads a model file; {@code name} is only for the {@code name:line} of an error. */
    public static SoftmaxModel read(Reader reader, String name) throws IOException {
        Objects.requireNonNull(reader, "reader");
        BufferedReader in = new BufferedReader(reader);
        List<String> labels = null;
        Double threshold = null;
        double[] bias = null;
        List<double[]> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t");
            String where = name + ":" + number + ": ";
            if (cells[0].equals("labels")) {
                labels = List.of(cells).subList(1, cells.length);
                continue;
            }
            if (labels == null) throw new IllegalStateException(where + "the labels row must come first");
            if (cells[0].equals("threshold")) {
                threshold = number(cells, 1, where);
                continue;
            }
            if (cells.length != labels.size() + 1) {
                throw new IllegalStateException(where + "want " + (labels.size() + 1) + " cells, got " + cells.length);
            }
            double[] values = new double[labels.size()];
            for (int c = 0; c < values.length; c++) values[c] = number(cells, c + 1, where);
            if (cells[0].equals("bias")) {
                bias = values;
            } else if (!cells[0].equals(Integer.toString(rows.size()))) {
                throw new IllegalStateException(where + "want dimension " + rows.size() + ", got " + cells[0]);
            } else {
                rows.add(values);
            }
        }
        if (labels == null || threshold == null || bias == null || rows.isEmpty()) {
            throw new IllegalStateException(name + ": want labels, threshold, bias and weight rows");
        }
        double[][] weights = new double[labels.size()][rows.size()];
        for (int d = 0; d < rows.size(); d++) {
            for (int c = 0; c < labels.size(); c++) weights[c][d] = rows.get(d)[c];
        }
        return new SoftmaxModel(labels, threshold, bias, weights);
    }

    private static double number(String[] cells, int i, String where) {
        if (i >= cells.length) throw new IllegalStateException(where + "missing value");
        try {
            return Double.parseDouble(cells[i]);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(where + "not a number: " + cells[i], e);
        }
    }
}
