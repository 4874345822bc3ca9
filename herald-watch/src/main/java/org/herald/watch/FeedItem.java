package org.herald.watch;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a feed or sitemap: the page it points to, and what the feed says of it.
 *
 * @param published the feed's publication date (RSS pubDate, Atom published, news:publication_date) as ISO-8601;
 *                  used only when the page itself has none
 */
public record FeedItem(URI url, Optional<String> published, Optional<String> title) {
    public FeedItem {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(title, "title");
    }
}
