package org.herald.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of quote hits, the total that matched, and the cursor of the next page when more hits follow. */
public record QuotePage(long total, List<Hit> quotes, Optional<String> next) {
    public QuotePage {
        Objects.requireNonNull(next, "next");
        quotes = List.copyOf(quotes);
    }

    /** The last page: no hits follow. */
    public QuotePage(long total, List<Hit> quotes) {
        this(total, quotes, Optional.empty());
    }

    /**
     * A quote with its speaker and article.
     *
     * @param text          the quoted words
     * @param type          {@code QuoteType} name (DIRECT, PARTIAL, REPORTED, ...)
     * @param speaker       the speaker's name as resolved in the article, when there was one
     * @param speakerEntity the speaker's store entity id, when the speaker was an entity
     * @param articleId     the article it came from
     * @param published     the article's publication date
     */
    public record Hit(String text, String type, Optional<String> speaker, Optional<String> speakerEntity,
                      String articleId, Optional<String> articleTitle, Optional<String> published) {
        public Hit {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(speaker, "speaker");
            Objects.requireNonNull(speakerEntity, "speakerEntity");
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(articleTitle, "articleTitle");
            Objects.requireNonNull(published, "published");
        }
    }
}
