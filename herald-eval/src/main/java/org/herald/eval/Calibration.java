package org.herald.eval;

import java.util.List;
import java.util.Locale;

/**
 * How well confidences match how often events are right: a reliability table of ten equal-width bins (0-0.1 …
 * 0.9-1), the expected calibration error (the bins' |mean confidence - fraction right|, weighted by their share of
 * events), the Brier score (mean squared difference between confidence and 1 for right, 0 for wrong), and the
 * precision of the events kept when filtering at a threshold, as {@code min_confidence} does.
 */
record Calibration(List<ConfidenceCases.Labelled> events) {
    static final int BINS = 10;
    static final List<Double> THRESHOLDS = List.of(0.5, 0.7, 0.8);

    Calibration {
        events = List.copyOf(events);
    }

    double ece() {
        double sum = 0;
        for (int b = 0; b < BINS; b++) {
            List<ConfidenceCases.Labelled> in = bin(b);
            if (!in.isEmpty()) sum += in.size() * Math.abs(meanConfidence(in) - rightShare(in));
        }
        return events.isEmpty() ? 0 : sum / events.size();
    }

    double brier() {
        return events.stream().mapToDouble(e -> Math.pow(e.confidence() - (e.right() ? 1 : 0), 2)).average().orElse(0);
    }

    /** The right events among all. */
    Ratio precision() {
        return new Ratio((int) events.stream().filter(ConfidenceCases.Labelled::right).count(), events.size());
    }

    /** The right events among those with confidence at least {@code threshold}. */
    Ratio precisionAt(double threshold) {
        List<ConfidenceCases.Labelled> kept = events.stream().filter(e -> e.confidence() >= threshold).toList();
        return new Ratio((int) kept.stream().filter(ConfidenceCases.Labelled::right).count(), kept.size());
    }

    /** The reliability table and the summary figures, in Markdown. */
    String markdown() {
        StringBuilder b = new StringBuilder("| confidence | events | mean confidence | fraction right |\n")
                .append("| --- | --- | --- | --- |\n");
        for (int i = 0; i < BINS; i++) {
            List<ConfidenceCases.Labelled> in = bin(i);
            b.append(String.format(Locale.ROOT, "| %.1f-%.1f | %d | %s | %s |%n", i / 10.0, (i + 1) / 10.0, in.size(),
                    in.isEmpty() ? "-" : String.format(Locale.ROOT, "%.3f", meanConfidence(in)),
                    in.isEmpty() ? "-" : String.format(Locale.ROOT, "%.3f", rightShare(in))));
        }
        b.append(String.format(Locale.ROOT, "%nECE %.3f, Brier %.3f; precision of all events %s", ece(), brier(),
                precision()));
        for (double t : THRESHOLDS) b.append(String.format(Locale.ROOT, ", at >= %.1f %s", t, precisionAt(t)));
        return b.append('\n').toString();
    }

    private List<ConfidenceCases.Labelled> bin(int b) {
        return events.stream().filter(e -> Math.min(BINS - 1, (int) (e.confidence() * BINS)) == b).toList();
    }

    private static double meanConfidence(List<ConfidenceCases.Labelled> in) {
        return in.stream().mapToDouble(ConfidenceCases.Labelled::confidence).average().orElse(0);
    }

    private static double rightShare(List<ConfidenceCases.Labelled> in) {
        return (double) in.stream().filter(ConfidenceCases.Labelled::right).count() / in.size();
    }
}
