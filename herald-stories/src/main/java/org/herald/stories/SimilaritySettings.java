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
 * @param anchorWeight the similarity is the larger of the words' cosine and this times the cosine of the anchors
 *     alone (names and numbers), which is what two articles in different languages share; 0 turns it off
 */
public record SimilaritySettings(int stemLength, double titleBoost, double entityBoost, double leadBoost,
                                 int leadWords, double dateScaleDays, int gramLength, double gramWeight,
                                 double exponent, double anchorWeight) {
    public SimilaritySettings {
        if (stemLength < 2) throw new IllegalArgumentException("stemLength < 2: " + stemLength);
        if (titleBoost <= 0 || entityBoost <= 0 || leadBoost <= 0) throw new IllegalArgumentException("boost <= 0");
        if (leadWords < 0) throw new IllegalArgumentException("leadWords < 0");
        if (dateScaleDays < 0) throw new IllegalArgumentException("dateScaleDays < 0");
        if (gramLength < 0 || gramWeight < 0) throw new IllegalArgumentException("gramLength, gramWeight < 0");
        if (exponent <= 0) throw new IllegalArgumentException("exponent <= 0");
        if (anchorWeight < 0 || anchorWeight > 1) throw new IllegalArgumentException("anchorWeight: " + anchorWeight);
    }

    public static SimilaritySettings defaults() {
        return new SimilaritySettings(5, 3.0, 3.0, 1.5, 60, 7.0, 5, 0.25, 0.75, 0.8);
    }

    public SimilaritySettings withStemLength(int n) {
        return new SimilaritySettings(n, titleBoost, entityBoost, leadBoost, leadWords, dateScaleDays, gramLength, gramWeight, exponent, anchorWeight);
    }

    public SimilaritySettings withTitleBoost(double b) {
        return new SimilaritySettings(stemLength, b, entityBoost, leadBoost, leadWords, dateScaleDays, gramLength, gramWeight, exponent, anchorWeight);
    }

    public SimilaritySettings withEntityBoost(double b) {
        return new SimilaritySettings(stemLength, titleBoost, b, leadBoost, leadWords, dateScaleDays, gramLength, gramWeight, exponent, anchorWeight);
    }

    public SimilaritySettings withLeadBoost(double b) {
        return new SimilaritySettings(stemLength, titleBoost, entityBoost, b, leadWords, dateScaleDays, gramLength, gramWeight, exponent, anchorWeight);
    }

    public SimilaritySettings withGrams(int length, double weight) {
        return new SimilaritySettings(stemLength, titleBoost, entityBoost, leadBoost, leadWords, dateScaleDays, length,
                weight, exponent, anchorWeight);
    }

    public SimilaritySettings withExponent(double e) {
        return new SimilaritySettings(stemLength, titleBoost, entityBoost, leadBoost, leadWords, dateScaleDays,
                gramLength, gramWeight, e, anchorWeight);
    }

    public SimilaritySettings withAnchorWeight(double w) {
        return new SimilaritySettings(stemLength, titleBoost, entityBoost, leadBoost, leadWords, dateScaleDays,
                gramLength, gramWeight, exponent, w);
    }
}
