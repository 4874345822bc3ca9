package org.herald.extract.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.herald.model.BodyConfidence;
import org.herald.model.lexicon.Lexicon;

/**
 * A logistic model over {@link BodySignals}: each signal is centred and scaled ({@code (x - mean) / scale}), weighted,
 * summed with the bias and squashed to 0..1. A body below {@code threshold} is doubtful, and the doubt names the two
 * signals that pulled it down most. The numbers live in {@code body-confidence.tsv}, written by
 * {@code ./herald eval train-body-confidence} from the dev halves of the Fundus and Trafilatura suites.
 *
 * <p>Beside the model, {@code body-doubts.tsv} holds hand-written doubts for the failure shapes of issue 10 that the
 * dev pages no longer show (the branch before this one fixed them there), so no fit can learn them: a body of legal
 * and contact lines, of repeated paragraphs, of links. A doubt that fires caps the confidence at half the threshold.
 * Immutable.
 */
public final class BodyConfidenceModel {
    static final String FILE = "body-confidence.tsv";
    static final String DOUBTS = "body-doubts.tsv";
    private static final int REASONS = 2;

    /** One signal's row: its centre and scale, fixed at training, and its weight. */
    public record Term(String signal, double mean, double scale, double weight) {
        public Term {
            if (!(scale > 0)) throw new IllegalArgumentException("scale must be positive: " + signal);
        }

        double contribution(double x) {
            return weight * (x - mean) / scale;
        }
    }

    private final double bias;
    private final double threshold;
    private final List<Term> terms;
    private final List<Doubt> doubts;

    /** A hand-written doubt: the body is doubtful when {@code signal} is at least {@code atLeast}. */
    public record Doubt(String signal, double atLeast, String reason) {}

    public BodyConfidenceModel(double bias, double threshold, List<Term> terms, List<Doubt> doubts) {
        this.bias = bias;
        this.threshold = threshold;
        this.terms = List.copyOf(terms);
        this.doubts = List.copyOf(doubts);
    }

    /** A fitted model with the shipped doubts beside it. */
    public static BodyConfidenceModel withShippedDoubts(double bias, double threshold, List<Term> terms) {
        return new BodyConfidenceModel(bias, threshold, terms, loadDoubts());
    }

    private static List<Doubt> loadDoubts() {
        List<Doubt> doubts = new ArrayList<>();
        for (List<String> row : Lexicon.rows(BodyConfidenceModel.class, DOUBTS, 3, 3)) {
            if (!BodySignals.NAMES.contains(row.get(0))) {
                throw new IllegalStateException(DOUBTS + ": unknown signal " + row.get(0));
            }
            doubts.add(new Doubt(row.get(0), Double.parseDouble(row.get(1)), row.get(2)));
        }
        return doubts;
    }

    /** The shipped model; fails at start-up, with {@code file:line}, on a bad row or a signal the code does not measure. */
    static BodyConfidenceModel load() {
        double bias = Double.NaN, threshold = Double.NaN;
        List<Term> terms = new ArrayList<>();
        for (List<String> row : Lexicon.rows(BodyConfidenceModel.class, FILE, 4, 5)) {
            switch (row.get(0)) {
                case "bias" -> bias = Double.parseDouble(row.get(3));
                case "threshold" -> threshold = Double.parseDouble(row.get(3));
                default -> {
                    if (!BodySignals.NAMES.contains(row.get(0))) {
                        throw new IllegalStateException(FILE + ": unknown signal " + row.get(0));
                    }
                    terms.add(new Term(row.get(0), Double.parseDouble(row.get(1)), Double.parseDouble(row.get(2)),
                            Double.parseDouble(row.get(3))));
                }
            }
        }
        if (Double.isNaN(bias) || Double.isNaN(threshold)) {
            throw new IllegalStateException(FILE + ": needs a bias and a threshold row");
        }
        return new BodyConfidenceModel(bias, threshold, terms, loadDoubts());
    }

    /** The names of the signals the extractor measures, in their table order. */
    public static List<String> signalNames() {
        return BodySignals.NAMES;
    }

    /** The sign each signal's weight must have (+1, -1, or 0 for either), for training. */
    public static Map<String, Integer> signalSigns() {
        return BodySignals.SIGNS;
    }

    /** The confidence for measured signals; a signal the model has no row for counts nothing. */
    public BodyConfidence judge(Map<String, Double> signals) {
        double z = bias;
        Map<String, Double> contributions = new LinkedHashMap<>();
        for (Term t : terms) {
            double c = t.contribution(signals.getOrDefault(t.signal(), t.mean()));
            contributions.put(t.signal(), c);
            z += c;
        }
        double value = 1 / (1 + Math.exp(-z));
        Optional<String> doubt = Optional.empty();
        if (value < threshold) {
            doubt = Optional.of(String.join(", ", contributions.entrySet().stream()
                    .filter(e -> e.getValue() < 0)
                    .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                    .limit(REASONS)
                    .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), signals.get(e.getKey())))
                    .toList()));
            if (doubt.get().isEmpty()) doubt = Optional.of("low confidence");
        }
        for (Doubt d : doubts) {
            double x = signals.getOrDefault(d.signal(), 0.0);
            if (x >= d.atLeast()) {
                value = Math.min(value, threshold / 2);
                doubt = Optional.of(String.format(Locale.ROOT, "%s (%s %.2f)", d.reason(), d.signal(), x));
                break;
            }
        }
        return new BodyConfidence(value, doubt, signals);
    }

    /** The model as the rows of {@code body-confidence.tsv}, with a header saying how it was made. */
    public String table(String header) {
        StringBuilder sb = new StringBuilder();
        for (String line : header.split("\n")) sb.append("# ").append(line).append('\n');
        sb.append("# signal\tmean\tscale\tweight\n");
        sb.append(String.format(Locale.ROOT, "bias\t-\t-\t%.4f%n", bias));
        sb.append(String.format(Locale.ROOT, "threshold\t-\t-\t%.4f%n", threshold));
        for (Term t : terms) {
            sb.append(String.format(Locale.ROOT, "%s\t%.4f\t%.4f\t%.4f%n", t.signal(), t.mean(), t.scale(), t.weight()));
        }
        return sb.toString();
    }
}
