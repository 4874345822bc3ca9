package org.herald.watch;

import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.herald.watch.SecureXml.Element;

/**
 * Sitemaps (sitemaps.org 0.9): a {@code <urlset>} of pages, a {@code <sitemapindex>} of further sitemaps, and the
 * Google News extension, whose {@code <news:publication_date>} and {@code <news:title>} an item carries. A plain
 * sitemap's {@code <lastmod>} is when the page changed, not when it was published, so it gives no date.
 */
final class SitemapParser {
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    /** The protocol's limit per file; a longer one is read that far. */
    static final int MAX_ENTRIES = 50_000;

    private SitemapParser() {}

    static Feed urlset(XMLStreamReader r, URI base) throws XMLStreamException {
        List<FeedItem> items = new ArrayList<>();
        int skipped = 0;
        while (SecureXml.nextStart(r) && items.size() < MAX_ENTRIES) {
            if (!r.getLocalName().equals("url")) {
                continue;
            }
            List<Element> fields = SecureXml.descendants(r);
            Optional<URI> url = child(fields, "loc").flatMap(loc -> Urls.resolve(base, loc));
            if (url.isEmpty()) {
                skipped++;
                continue;
            }
            items.add(new FeedItem(url.get(),
                    FeedParser.first(fields, NEWS, "publication_date").flatMap(FeedDates::iso),
                    FeedParser.first(fields, NEWS, "title")));
        }
        return new Feed(Feed.Kind.SITEMAP, items, List.of(), skipped);
    }

    /**
     * A sitemap index's sitemaps, the most recently modified first (by {@code <lastmod>}; those without one after,
     * in file order): a news site's index lists its archive back for years, and the newest sitemaps hold the news.
     */
    static Feed index(XMLStreamReader r, URI base) throws XMLStreamException {
        List<URI> sitemaps = new ArrayList<>();
        List<Instant> modified = new ArrayList<>();
        int skipped = 0;
        while (SecureXml.nextStart(r) && sitemaps.size() < MAX_ENTRIES) {
            if (!r.getLocalName().equals("sitemap")) {
                continue;
            }
            List<Element> fields = SecureXml.descendants(r);
            Optional<URI> url = child(fields, "loc").flatMap(loc -> Urls.resolve(base, loc));
            if (url.isPresent()) {
                sitemaps.add(url.get());
                modified.add(child(fields, "lastmod").flatMap(FeedDates::iso).map(FeedDates::instant)
                        .orElse(Instant.MIN));
            } else {
                skipped++;
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sitemaps.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(modified::get, Comparator.reverseOrder())); // stable: file order on ties
        return new Feed(Feed.Kind.SITEMAP_INDEX, List.of(), order.stream().map(sitemaps::get).toList(), skipped);
    }

    /** A direct child's text: sitemaps come in several namespaces (0.84, 0.9) and none, so only the name counts. */
    private static Optional<String> child(List<Element> fields, String name) {
        return fields.stream().filter(e -> e.depth() == 1 && e.name().equals(name))
                .map(Element::text).filter(t -> !t.isEmpty()).findFirst();
    }
}
