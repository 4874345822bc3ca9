package org.herald.store;

import java.util.Objects;
import java.util.Optional;

/**
 * The story a stored article was put in when it was stored.
 *
 * @param storyId     the story's id (the id of the article that opened it)
 * @param duplicateOf the article this one copies (a syndicated or updated text), when it is a near-duplicate
 */
public record ArticleStory(String storyId, Optional<String> duplicateOf) {
    public ArticleStory {
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
    }
}
