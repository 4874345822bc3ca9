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
 * @param gramLength words are also cut into character n-grams of this length (0: none), which meet across
 *     inflections and related languages ("elezioni" and "elecciones" share "ele", "ion"…)
 * @param gramWeight weight of one n-gram against one word
 * @param exponent the cosine is raised to this power: cosines of news pairs crowd near 0, and a root spreads them
 *     so that the score grows more evenly with how alike readers find two articles
 */
public record SimilaritySettings(int stemLength, double titleBoost, double entityBoost, double leadBoost,
                                 int leadWords, double dateScaleDays, int gramLength, double gramWeight,
                                 double exponent) {
    public SimilaritySettings {
        if (stemLength < 2) throw new IllegalArgumentException("stemLength < 2: " + stemLength);
        if (titleBoost <= 0 || entityBoost <= 0 || leadBoost <= 0) throw new IllegalArgumentException("boost <= 0");
        if (leadWords < 0) throw new IllegalArgumentException("leadWords < 0");
        if (dateScaleDays < 0) throw new IllegalArgumentException("dateScaleDays < 0");
        if (gramLength < 0 || gramWeight < 0) throw new IllegalArgumentException("gramLength, gramWeight < 0");
        if (exponent <= 0) throw new IllegalArgumentException("exponent <= 0");
    }

    public static SimilaritySettings defaults() {
        return new SimilaritySettings(4, 3.0, 3.0, 1.5, 60, 7.0, 0, 0.5, 1.0);
    }

    public SimilaritySettings withStemLength(int n) {
        return new SimilaritySettings(n, titleBoost, entityBoost, leadBoost, leadWords, dateScaleDays, gramLength, gramWeight, exponent);
    }

    public SimilaritySettings withTitleBoost(double b) {
        return new SimilaritySettings(stemLength, b, entityBoost, leadBoost, leadWords, dateScaleDays, gramLength, gramWeight, exponent);
    }

    public SimilaritySettings withEntityBoost(double b) {
        return new SimilaritySettings(stemLength, titleBoost, b, leadBoost, leadWords, dateScaleDays, gramLength, gramWeight, exponent);
    }

    public SimilaritySettings withLeadBoost(double b) {
        return new SimilaritySettings(stemLength, titleBoost, entityBoost, b, leadWords, dateScaleDays, gramLength, gramWeight, exponent);
    }

    public SimilaritySettings withGrams(int length, double weight) {
        return new SimilaritySettings(stemLength, titleBoost, entityBoost, leadBoost, leadWords, dateScaleDays, length,
                weight, exponent);
    }

    public SimilaritySettings withExponent(double e) {
        return new SimilaritySettings(stemLength, titleBoost, entityBoost, leadBoost, leadWords, dateScaleDays,
                gramLength, gramWeight, e);
    }
}
