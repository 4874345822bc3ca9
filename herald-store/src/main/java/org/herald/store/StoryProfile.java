package org.herald.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One story: its summary, its articles in publication order, and its events, each counted once.
 */
public record StoryProfile(StorySummary summary, List<Article> articles, List<StoryEvent> events) {
    public StoryProfile {
        Objects.requireNonNull(summary, "summary");
        articles = List.copyOf(articles);
        events = List.copyOf(events);
    }

    /** An article of the story; {@code duplicateOf} names the article it copies, when it is a copy. */
    public record Article(String id, Optional<String> title, Optional<String> site, Optional<String> url,
                          Optional<String> published, Optional<String> duplicateOf) {
        public Article {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(duplicateOf, "duplicateOf");
        }
    }
}
