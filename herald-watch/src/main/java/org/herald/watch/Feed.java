package org.herald.watch;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What a feed or sitemap lists: pages, and for a sitemap index the sitemaps to read next.
 *
 * @param skipped entries without a usable http(s) link, counted so the feed's numbers add up
 */
public record Feed(Kind kind, List<FeedItem> items, List<URI> sitemaps, int skipped) {
    public enum Kind { RSS, RDF, ATOM, SITEMAP, SITEMAP_INDEX }

    public Feed {
        Objects.requireNonNull(kind, "kind");
        items = List.copyOf(items);
        sitemaps = List.copyOf(sitemaps);
    }
}
