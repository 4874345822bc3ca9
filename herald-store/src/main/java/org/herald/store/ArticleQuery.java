package org.herald.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A search over articles.
 *
 * @param text   words to match in title, summary and body (Lucene query syntax is not exposed: plain words,
 *               quoted phrases)
 * @param dates  publication days
 * @param entity a store entity id ({@link EntitySummary#id()}): only articles mentioning it
 * @param site   only articles from this site (host name, as in {@code Article.site})
 */
public record ArticleQuery(Optional<String> text, DateRange dates, Optional<String> entity, Optional<String> site,
                           Paging paging) {
    public ArticleQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(paging, "paging");
    }

    public static ArticleQuery all(int limit) {
        return new ArticleQuery(Optional.empty(), DateRange.ALL, Optional.empty(), Optional.empty(), Paging.first(limit));
    }
}
