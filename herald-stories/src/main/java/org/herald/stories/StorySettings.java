package org.herald.stories;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link StoryClusterer} groups articles. Thresholds set on the dev topics of {@code herald eval
 * stories-ecbplus} (docs/BENCHMARKS.md, "Stories").
 *
 * @param similarity how two articles are compared
 * @param joinThreshold an article joins the most similar story when its similarity to it reaches this
 * @param queryTerms an article looks up candidate stories by its this many heaviest terms, and files itself under them
 * @param maxCandidates at most this many stories, those sharing most query terms, are scored
 * @param maxPostings a term filed under more stories than this is too common to find candidates by
 * @param window a story takes no article dated more than this after its last one (when both dates are known)
 */
public record StorySettings(SimilaritySettings similarity, double joinThreshold, int queryTerms, int maxCandidates,
                            int maxPostings, Duration window) {
    public StorySettings {
        Objects.requireNonNull(similarity, "similarity");
        Objects.requireNonNull(window, "window");
        if (joinThreshold <= 0 || joinThreshold > 1) throw new IllegalArgumentException("joinThreshold: " + joinThreshold);
        if (queryTerms < 1 || maxCandidates < 1 || maxPostings < 1) throw new IllegalArgumentException("counts >= 1");
    }

    public static StorySettings defaults() {
        // No character n-grams: on the ECB+ dev topics they cost 0.002 BCubed F1 and a third of the speed.
        return new StorySettings(SimilaritySettings.defaults().withGrams(0, 0), 0.40, 20, 50, 5000, Duration.ofDays(7));
    }

    public StorySettings withJoinThreshold(double t) {
        return new StorySettings(similarity, t, queryTerms, maxCandidates, maxPostings, window);
    }

    public StorySettings withSimilarity(SimilaritySettings s) {
        return new StorySettings(s, joinThreshold, queryTerms, maxCandidates, maxPostings, window);
    }

    public StorySettings withQueryTerms(int n) {
        return new StorySettings(similarity, joinThreshold, n, maxCandidates, maxPostings, window);
    }
}
