package org.herald.opensearch;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.herald.stories.Signature;
import org.herald.stories.StorySum;
import org.herald.stories.TermCounts;

/**
 * Where {@link StoryPlacer} put an article, and what its document keeps so that later articles find it: the same
 * fields the Lucene store's article documents keep for its placer.
 *
 * @param storyId     the story's id: the id of the article that opened it
 * @param duplicateOf the original this article copies, when it is a near-duplicate
 * @param terms       the article's story terms (indexed, for document frequencies and candidates)
 * @param sum         the story's sum of article vectors with this article in it
 * @param storyLast   the newest publication time among the story's articles so far
 * @param signature   its MinHash signature, when it has words; only originals index their bands
 * @param day         its publication day (epoch day), if known
 * @param again       true when the article was placed before (a re-put): it keeps its story
 */
record Placement(String articleId, String storyId, Optional<String> duplicateOf, TermCounts terms, StorySum sum,
                 Optional<Instant> storyLast, Optional<Signature> signature, Optional<Long> day, boolean again) {
    Placement {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(sum, "sum");
        Objects.requireNonNull(storyLast, "storyLast");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(day, "day");
    }

    boolean original() {
        return duplicateOf.isEmpty();
    }
}
