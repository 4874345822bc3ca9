package org.herald.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of article hits, the total that matched, facet counts over all matches (not just this page), and the
 * cursor of the next page when more hits follow ({@link Paging#after}).
 */
public record ArticlePage(long total, List<Hit> articles, Facets facets, Optional<String> next) {
    public ArticlePage {
        Objects.requireNonNull(facets, "facets");
        Objects.requireNonNull(next, "next");
        articles = List.copyOf(articles);
    }

    /** The last page: no hits follow. */
    public ArticlePage(long total, List<Hit> articles, Facets facets) {
        this(total, articles, facets, Optional.empty());
    }

    /**
     * An article in a result list; {@code published} is an ISO-8601 date or date-time as extracted, {@code story}
     * its story (empty in stores written before stories) and {@code duplicateOf} the article it copies.
     */
    public record Hit(String id, Optional<String> title, Optional<String> published, Optional<String> site,
                      Optional<String> url, Optional<String> summary, Optional<String> story,
                      Optional<String> duplicateOf) {
        public Hit {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(story, "story");
            Objects.requireNonNull(duplicateOf, "duplicateOf");
        }
    }

    /** Counts over all matching articles: by site, by entity (top ones), by month of publication ("2024-05"). */
    public record Facets(List<Count> sites, List<Count> entities, List<Count> months) {
        public static final Facets NONE = new Facets(List.of(), List.of(), List.of());

        public Facets {
            sites = List.copyOf(sites);
            entities = List.copyOf(entities);
            months = List.copyOf(months);
        }
    }

    /** A facet value, its display label (an entity's name; otherwise the value) and how many articles have it. */
    public record Count(String value, String label, long count) {
        public Count {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(label, "label");
        }
    }
}
