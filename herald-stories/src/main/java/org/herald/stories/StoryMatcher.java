package org.herald.stories;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link StoryClusterer}'s scoring for a caller that keeps the stories itself, as a store does in its index: it
 * finds the candidate stories (by {@link #queryTerms}), hands in their articles' {@link TermCounts} and its own
 * document frequencies, and learns how similar the new article is to each story's centroid, on the same scale
 * and against the same threshold as {@code ./herald cluster}.
 */
public final class StoryMatcher {
    private final StorySettings settings;
    private final ArticleSimilarity similarity;

    public StoryMatcher(StorySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.similarity = new ArticleSimilarity(settings.similarity());
    }

    /** The settings of {@link StoryClusterer#defaults()}. */
    public static StoryMatcher defaults() {
        return new StoryMatcher(StorySettings.defaults());
    }

    public StorySettings settings() {
        return settings;
    }

    /** The document's weighted terms, to compare and to store. */
    public TermCounts terms(StoryDocument doc) {
        return similarity.terms(Objects.requireNonNull(doc, "doc"));
    }

    /** The document's {@link StorySettings#queryTerms()} heaviest terms, heaviest first: what to find stories by. */
    public List<String> queryTerms(TermCounts doc, InverseDocumentFrequency idf) {
        return Profile.of(doc, idf).words().top(settings.queryTerms());
    }

    /**
     * How similar the document is to the story of these articles: the similarity to the normalised sum of their
     * vectors, lowered when its date is far from the story's newest ({@code storyLast}). 0 for a story of none.
     */
    public double similarity(TermCounts doc, Optional<Instant> date, List<TermCounts> story,
                             Optional<Instant> storyLast, InverseDocumentFrequency idf) {
        if (story.isEmpty()) return 0;
        Map<String, Double> wordSum = new HashMap<>();
        Map<String, Double> anchorSum = new HashMap<>();
        for (TermCounts member : story) {
            Profile p = Profile.of(member, idf);
            p.words().weights().forEach((t, w) -> wordSum.merge(t, w, Double::sum));
            p.anchors().weights().forEach((t, w) -> anchorSum.merge(t, w, Double::sum));
        }
        return similarity.similarity(Profile.of(doc, idf), Profile.centroid(wordSum, anchorSum), date, storyLast);
    }

    /** True when a document this similar to a story joins it ({@link StorySettings#joinThreshold()}). */
    public boolean joins(double similarity) {
        return similarity >= settings.joinThreshold();
    }

    /** A story takes no article dated more than this after its newest one. */
    public Duration window() {
        return settings.window();
    }
}
