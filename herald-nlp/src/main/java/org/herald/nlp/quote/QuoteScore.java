package org.herald.nlp.quote;

import java.util.List;
import java.util.Locale;

/**
 * Quote content + speaker scores. A predicted quote matches a gold quote when their content shares at least half of
 * the tokens of the longer of the two and they name the same speaker; {@code contentMatched} ignores the speaker.
 *
 * @param misses one line per unmatched gold quote and per spurious prediction, for reading
 */
public record QuoteScore(int gold, int predicted, int matched, int contentMatched, List<String> misses) {
    public QuoteScore {
        misses = List.copyOf(misses);
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) matched / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** F1 of quote content alone, whoever the speaker. */
    public double contentF1() {
        double p = predicted == 0 ? 0 : (double) contentMatched / predicted;
        double r = gold == 0 ? 0 : (double) contentMatched / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    QuoteScore plus(QuoteScore other) {
        List<String> all = new java.util.ArrayList<>(misses);
        all.addAll(other.misses);
        return new QuoteScore(gold + other.gold, predicted + other.predicted, matched + other.matched,
                contentMatched + other.contentMatched, all);
    }

    /** "gold 45 predicted 44 matched 38 P 0.864 R 0.844 F1 0.854 (content F1 0.899)" */
    public String summary() {
        return String.format(Locale.ROOT, "gold %d predicted %d matched %d P %.3f R %.3f F1 %.3f (content F1 %.3f)",
                gold, predicted, matched, precision(), recall(), f1(), contentF1());
    }
}
