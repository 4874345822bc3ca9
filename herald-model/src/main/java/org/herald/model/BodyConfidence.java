package org.herald.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How sure the extractor is that an article's body is the article and not the page's footer, a comment thread or
 * a list of teasers (#10): a page whose body is doubtful can be flagged rather than analysed as news.
 *
 * @param value the confidence, 0 (surely not the article) to 1
 * @param doubt when {@code value} is below the extractor's threshold, the signals that weighed most against the
 *     body ("link_density 0.62, sentence_end_share 0.10"); empty otherwise
 * @param signals the measured signals the value was computed from, by name, in a stable order: what a model is
 *     trained on and what explains a value
 */
public record BodyConfidence(double value, Optional<String> doubt, Map<String, Double> signals) {
    public BodyConfidence {
        if (!(value >= 0 && value <= 1)) throw new IllegalArgumentException("confidence not in [0, 1]: " + value);
        Objects.requireNonNull(doubt, "doubt");
        signals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(signals));
    }

    /** Whether the body was judged doubtful: its confidence is below the threshold. */
    public boolean doubtful() {
        return doubt.isPresent();
    }
}
