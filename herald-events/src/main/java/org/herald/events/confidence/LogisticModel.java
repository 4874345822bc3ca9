package org.herald.events.confidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Logistic regression over binary features: confidence = 1 / (1 + e^-(bias + sum of the weights of the features
 * present)). The weights live in a TSV ({@code feature<TAB>weight}, {@code #} comments, the bias under the feature
 * name {@link #BIAS}) that {@code ./herald eval train-confidence} writes; {@link #load()} reads the one shipped in
 * this package.
 */
public final class LogisticModel implements ConfidenceModel {
    /** The feature name under which the weights file keeps the intercept. */
    public static final String BIAS = "(bias)";
    static final String RESOURCE = "weights.tsv";

    private final double bias;
    private final Map<String, Double> weights;

    public LogisticModel(double bias, Map<String, Double> weights) {
        this.bias = bias;
        this.weights = Map.copyOf(weights);
    }

    /** The weights shipped with Herald; fails at once when the file is missing or has a bad row. */
    public static LogisticModel load() {
        InputStream in = LogisticModel.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException("missing resource " + RESOURCE + " beside " + LogisticModel.class);
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(r, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a weights file; {@code name} is only for the {@code name:line} of an error. */
    public static LogisticModel read(Reader reader, String name) throws IOException {
        Map<String, Double> weights = new LinkedHashMap<>();
        double bias = 0;
        BufferedReader in = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t");
            if (cells.length != 2) throw new IllegalStateException(name + ":" + number + ": want feature<TAB>weight");
            double w;
            try {
                w = Double.parseDouble(cells[1]);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(name + ":" + number + ": weight is not a number: " + cells[1], e);
            }
            if (cells[0].equals(BIAS)) bias = w;
            else weights.put(cells[0], w);
        }
        return new LogisticModel(bias, weights);
    }

    /** Writes the weights, {@code header} first as {@code #} lines; features sorted, so reruns give the same file. */
    public void write(Writer out, List<String> header) throws IOException {
        for (String h : header) out.write("# " + h + "\n");
        out.write("# feature\tweight\n");
        out.write(BIAS + "\t" + format(bias) + "\n");
        for (String f : weights.keySet().stream().sorted().toList()) out.write(f + "\t" + format(weights.get(f)) + "\n");
    }

    @Override
    public double confidence(List<String> features) {
        double z = bias;
        for (String f : features) z += weights.getOrDefault(f, 0.0);
        return 1 / (1 + Math.exp(-z));
    }

    @Override
    public List<String> reasons(List<String> features, int limit) {
        List<String> known = new ArrayList<>(features.stream().filter(weights::containsKey).distinct().toList());
        known.sort(Comparator.comparingDouble((String f) -> -Math.abs(weights.get(f))).thenComparing(f -> f));
        return known.stream().limit(limit).map(f -> f + " " + signed(weights.get(f))).toList();
    }

    public double bias() {
        return bias;
    }

    /** The weight of a feature; 0 for one the model does not know. */
    public double weight(String feature) {
        return weights.getOrDefault(Objects.requireNonNull(feature, "feature"), 0.0);
    }

    private static String format(double w) {
        return String.format(Locale.ROOT, "%.4f", w);
    }

    private static String signed(double w) {
        return String.format(Locale.ROOT, "%+.2f", w);
    }
}
