package org.herald.stories;

/**
 * How {@link Terms} weighs words and how {@link ArticleSimilarity} turns two vectors into a score. Values set by
 * tuning on the dev halves of {@code herald eval similarity-semeval} and {@code stories-ecbplus}
 * (docs/BENCHMARKS.md, "Stories").
 *
 * @param stemLength words are cut to this many characters (prefix stemming: "elections" and "election" meet, in
 *     any language written with spaces)
 * @param titleBoost weight of a headline word against a body word
 * @param entityBoost weight of a capitalised word inside a sentence (a name, most of the time)
 * @param leadBoost weight of a word in the first {@code leadWords} words of the body, where news puts the event
 * @param leadWords how many body words count as the lead
 * @param dateScaleDays when both dates are known, similarity is multiplied by {@code exp(-days / dateScaleDays)}
 *     past the first day; 0 turns dates off
 */
public record SimilaritySettings(int stemLength, double titleBoost, double entityBoost, double leadBoost,
                                 int leadWords, double dateScaleDays) {
    public SimilaritySettings {
        if (stemLength < 2) throw new IllegalArgumentException("stemLength < 2: " + stemLength);
        if (titleBoost <= 0 || entityBoost <= 0 || leadBoost <= 0) throw new IllegalArgumentException("boost <= 0");
        if (leadWords < 0) throw new IllegalArgumentException("leadWords < 0");
        if (dateScaleDays < 0) throw new IllegalArgumentException("dateScaleDays < 0");
    }

    public static SimilaritySettings defaults() {
        return new SimilaritySettings(6, 2.0, 1.5, 1.0, 60, 7.0);
    }

    public SimilaritySettings withStemLength(int n) {
        return new SimilaritySettings(n, titleBoost, entityBoost, leadBoost, leadWords, dateScaleDays);
    }

    public SimilaritySettings withTitleBoost(double b) {
        return new SimilaritySettings(stemLength, b, entityBoost, leadBoost, leadWords, dateScaleDays);
    }

    public SimilaritySettings withEntityBoost(double b) {
        return new SimilaritySettings(stemLength, titleBoost, b, leadBoost, leadWords, dateScaleDays);
    }

    public SimilaritySettings withLeadBoost(double b) {
        return new SimilaritySettings(stemLength, titleBoost, entityBoost, b, leadWords, dateScaleDays);
    }
}
