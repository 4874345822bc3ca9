package org.herald.stories;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How alike two articles are, from 0 (nothing in common) to 1 (the same words): the cosine of their TF-IDF
 * vectors ({@link Terms}: prefix stems and character n-grams, headline, names and lead weighted up), or, when
 * larger, a share of the cosine of their names and numbers alone (what two articles in different languages have
 * in common); raised to a power that spreads the crowded low scores, and lowered when both dates are known and
 * far apart. The score {@link StoryClusterer} joins stories by, and {@code ./herald similarity} prints. Any
 * language is read without failing; across languages it sees only what the texts share in writing (names,
 * numbers, cognates).
 */
public final class ArticleSimilarity {
    private final SimilaritySettings settings;
    private final Terms terms;

    public ArticleSimilarity(SimilaritySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.terms = Terms.load(settings);
    }

    public static ArticleSimilarity defaults() {
        return new ArticleSimilarity(SimilaritySettings.defaults());
    }

    /** Two documents to compare. */
    public record Pair(StoryDocument first, StoryDocument second) {
        public Pair {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }
    }

    /**
     * The similarity of each pair, in order, with document frequencies counted over all the pairs' texts: the
     * batch the caller hands in is the corpus that says which words are common.
     */
    public double[] score(List<Pair> pairs) {
        DocumentFrequencies df = new DocumentFrequencies();
        List<TermCounts> counted = new ArrayList<>(pairs.size() * 2);
        for (Pair p : pairs) {
            for (StoryDocument d : List.of(p.first(), p.second())) {
                TermCounts c = terms.of(d);
                df.add(c.words().keySet());
                counted.add(c);
            }
        }
        double[] scores = new double[pairs.size()];
        for (int i = 0; i < scores.length; i++) {
            Pair p = pairs.get(i);
            scores[i] = similarity(Profile.of(counted.get(2 * i), df), Profile.of(counted.get(2 * i + 1), df),
                    p.first().published(), p.second().published());
        }
        return scores;
    }

    TermCounts terms(StoryDocument doc) {
        return terms.of(doc);
    }

    double similarity(Profile a, Profile b, Optional<Instant> dateA, Optional<Instant> dateB) {
        double cosine = a.words().cosine(b.words());
        if (settings.anchorWeight() > 0) cosine = Math.max(cosine, settings.anchorWeight() * a.anchors().cosine(b.anchors()));
        return Math.pow(cosine, settings.exponent()) * dateFactor(dateA, dateB);
    }

    /**
     * 1 within a day or when a date is unknown; past that {@code exp(-(days - 1) / dateScaleDays)}: a story told
     * again a month later is most often a new event of the same kind.
     */
    double dateFactor(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty() || b.isEmpty() || settings.dateScaleDays() == 0) return 1.0;
        double days = Math.abs(Duration.between(a.get(), b.get()).toHours()) / 24.0;
        return days <= 1 ? 1.0 : Math.exp(-(days - 1) / settings.dateScaleDays());
    }
}
