package org.herald.stories;

import java.util.HashMap;
import java.util.Map;

/**
 * How many documents seen so far hold each term, for inverse document frequency. Grows as documents arrive, so a
 * stream needs no corpus fitted beforehand; not thread-safe.
 */
public final class DocumentFrequencies implements InverseDocumentFrequency {
    private final Map<String, Integer> counts = new HashMap<>();
    private long documents;

    /** Counts one document's terms (each once, however often the document uses it). */
    void add(Iterable<String> terms) {
        documents++;
        for (String t : terms) counts.merge(t, 1, Integer::sum);
    }

    /** Smoothed inverse document frequency, at least 1: {@code 1 + ln((1 + N) / (1 + df))}. */
    @Override
    public double idf(String term) {
        return 1 + Math.log((1.0 + documents) / (1.0 + counts.getOrDefault(term, 0)));
    }

    long documents() {
        return documents;
    }
}
