package org.herald.stories;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the story stage reads of an article: an id the caller chooses (a source path, a store key), the headline
 * (empty when unknown), the body text and, when known, when it was published.
 */
public record StoryDocument(String id, String title, String text, Optional<Instant> published) {
    public StoryDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
    }

    /** A document without a separate headline or date: {@link Terms} takes a short first line as the headline. */
    public static StoryDocument ofText(String id, String text) {
        return new StoryDocument(id, "", text, Optional.empty());
    }
}
