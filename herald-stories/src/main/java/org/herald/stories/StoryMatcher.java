package org.herald.stories;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link StoryClusterer}'s scoring for a caller that keeps the stories itself, as a store does in its index: it
 * weighs a new article with its own document frequencies ({@link #vector}), finds candidate stories by the
 * vector's {@link #queryTerms}, hands in their articles' stored vectors, and learns how similar the article is to
 * each story's centroid, on the same scale and against the same threshold as {@code ./herald cluster}.
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

    /** The document's weighted terms before inverse document frequency: its words are what a store counts. */
    public TermCounts terms(StoryDocument doc) {
        return similarity.terms(Objects.requireNonNull(doc, "doc"));
    }

    /** The document's vector under these document frequencies (which should count the document itself). */
    public StoryVector vector(TermCounts terms, InverseDocumentFrequency idf) {
        return new StoryVector(Profile.of(terms, idf));
    }

    /** The vector's {@link StorySettings#queryTerms()} heaviest words, heaviest first: what to find stories by. */
    public List<String> queryTerms(StoryVector doc) {
        return doc.top(settings.queryTerms());
    }

    /**
     * How similar the document is to the story: the similarity to its centroid (the normalised sum of its articles'
     * vectors), lowered when its date is far from the story's newest ({@code storyLast}). 0 for a story of none.
     */
    public double similarity(StoryVector doc, Optional<Instant> date, StorySum story, Optional<Instant> storyLast) {
        if (story.articles() == 0) return 0;
        return similarity.similarity(doc.profile(), story.centroid(), date, storyLast);
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
