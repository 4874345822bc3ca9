package org.herald.stories;

import java.util.Map;

/**
 * A document or a story as {@link ArticleSimilarity} compares it: the TF-IDF vector of all its terms and the one
 * of its anchors (names and numbers) alone.
 */
record Profile(TermVector words, TermVector anchors) {
    static Profile of(TermCounts counted, InverseDocumentFrequency df) {
        return new Profile(TermVector.of(counted.words(), df), TermVector.of(counted.anchors(), df));
    }

    /** The normalised sums of many profiles' vectors (a story's centroid). */
    static Profile centroid(Map<String, Double> wordSum, Map<String, Double> anchorSum) {
        return new Profile(TermVector.normalised(wordSum), TermVector.normalised(anchorSum));
    }
}
