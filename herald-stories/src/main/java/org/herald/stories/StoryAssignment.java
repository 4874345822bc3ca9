package org.herald.stories;

import java.util.Objects;
import java.util.Optional;

/**
 * Where {@link StoryClusterer} put one document.
 *
 * @param documentId the document's id
 * @param story the story's number, 1 for the first story opened, in order of opening
 * @param duplicateOf the earlier document this one copies (syndicated or updated text), if any
 * @param similarity the similarity to the story it joined; 0 when it opened a new story, 1 for a copy
 */
public record StoryAssignment(String documentId, long story, Optional<String> duplicateOf, double similarity) {
    public StoryAssignment {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        if (story < 1) throw new IllegalArgumentException("story < 1: " + story);
    }

    public boolean opensStory() {
        return similarity == 0 && duplicateOf.isEmpty();
    }
}
