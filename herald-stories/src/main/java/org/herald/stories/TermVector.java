package org.herald.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A document or story as unit-length TF-IDF weights by term; cosine of two is their dot product. */
final class TermVector {
    private final Map<String, Double> weights;

    private TermVector(Map<String, Double> weights) {
        this.weights = weights;
    }

    static TermVector of(Map<String, Double> counts, InverseDocumentFrequency df) {
        Map<String, Double> w = new HashMap<>(counts.size() * 2);
        counts.forEach((t, c) -> w.put(t, c * df.idf(t)));
        return normalised(w);
    }

    static TermVector normalised(Map<String, Double> w) {
        double norm = 0;
        for (double v : w.values()) norm += v * v;
        double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        Map<String, Double> unit = new HashMap<>(w.size() * 2);
        w.forEach((t, v) -> unit.put(t, v * scale));
        return new TermVector(unit);
    }

    double cosine(TermVector other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double v = large.get(e.getKey());
            if (v != null) dot += v * e.getValue();
        }
        return Math.min(1.0, Math.max(0.0, dot));
    }

    /** The {@code k} heaviest terms, heaviest first: what a document is looked up by in the candidate index. */
    List<String> top(int k) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>(weights.entrySet());
        entries.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return entries.stream().limit(k).map(Map.Entry::getKey).toList();
    }

    Map<String, Double> weights() {
        return weights;
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }
}
