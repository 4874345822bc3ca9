package org.herald.stories;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a store's placer put an article, and what its document keeps so that later articles find it: the same for
 * the Lucene and the OpenSearch store (#14), whose placers score with {@link StoryMatcher} and
 * {@link NearDuplicateIndex}.
 *
 * @param articleId   the article's id
 * @param storyId     the story's id: the id of the article that opened it
 * @param duplicateOf the original this article copies, when it is a near-duplicate
 * @param terms       the article's story terms: its words are indexed, for document frequencies and candidates
 * @param sum         the story's sum of article vectors with this article in it: the newest article of a story
 *                    holds the sum later articles are compared with
 * @param storyLast   the newest publication time among the story's articles so far, this one included
 * @param signature   its MinHash signature, when it has words; only originals index their bands
 * @param published   when it was published, if known
 * @param day         its publication day (epoch day), if known: the time window is counted in days
 * @param again       true when the article was placed before (a re-put): it keeps its story, which it does not grow
 */
public record StoryPlacement(String articleId, String storyId, Optional<String> duplicateOf, TermCounts terms,
                             StorySum sum, Optional<Instant> storyLast, Optional<Signature> signature,
                             Optional<Instant> published, Optional<Long> day, boolean again) {
    public StoryPlacement {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(sum, "sum");
        Objects.requireNonNull(storyLast, "storyLast");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(day, "day");
    }

    /** Originals are filed under their bands: a copy of a copy then points at the first text, as in the CLI. */
    public boolean original() {
        return duplicateOf.isEmpty();
    }
}
