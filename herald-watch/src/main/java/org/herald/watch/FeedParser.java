package org.herald.watch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.herald.watch.SecureXml.Element;

/**
 * Reads RSS 0.9x and 2.0, RSS 1.0 (RDF) and Atom feeds, and hands sitemaps, sitemap indexes and Google News
 * sitemaps to {@link SitemapParser}; the root element decides. A gzip-compressed body (a {@code sitemap.xml.gz})
 * is unpacked first, within the same size cap.
 */
public final class FeedParser {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
    private final int maxBytes;

    /** @param maxBytes the most a gzip-compressed feed may unpack to */
    public FeedParser(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Parses a feed or sitemap fetched from {@code base}; relative links are resolved against it. */
    public Feed parse(byte[] body, URI base) throws FeedFormatException {
        byte[] xml = HtmlEntities.numeric(gunzipped(body));
        try {
            XMLStreamReader r = SecureXml.reader(xml);
            if (!SecureXml.nextStart(r)) {
                throw new FeedFormatException("no XML element");
            }
            String root = r.getLocalName();
            return switch (root) {
                case "rss" -> rss(r, base, Feed.Kind.RSS);
                case "RDF" -> rss(r, base, Feed.Kind.RDF);
                case "feed" -> atom(r, base);
                case "urlset" -> SitemapParser.urlset(r, base);
                case "sitemapindex" -> SitemapParser.index(r, base);
                default -> throw new FeedFormatException("not a feed or sitemap: the root element is <" + root + ">");
            };
        } catch (XMLStreamException e) {
            throw new FeedFormatException("not well-formed XML: " + e.getMessage());
        } catch (RuntimeException e) {
            // StAX implementations throw unchecked exceptions too on some broken input: still one bad feed
            throw new FeedFormatException("unreadable XML: " + e);
        }
    }

    /** RSS 0.9x/2.0 {@code <item>}s inside {@code <channel>}, and RSS 1.0 {@code <item>}s beside it. */
    private static Feed rss(XMLStreamReader r, URI base, Feed.Kind kind) throws XMLStreamException {
        List<FeedItem> items = new ArrayList<>();
        int skipped = 0;
        while (SecureXml.nextStart(r)) {
            if (!r.getLocalName().equals("item")) {
                continue;
            }
            String about = r.getAttributeValue(null, "about"); // RSS 1.0: rdf:about names the item's page
            List<Element> fields = SecureXml.descendants(r);
            Optional<URI> url = first(fields, "", "link").flatMap(link -> Urls.resolve(base, link))
                    .or(() -> permalink(fields).flatMap(guid -> Urls.resolve(base, guid)))
                    .or(() -> Optional.ofNullable(about).flatMap(a -> Urls.resolve(base, a)));
            if (url.isEmpty()) {
                skipped++;
                continue;
            }
            Optional<String> published = first(fields, "", "pubDate").flatMap(FeedDates::iso)
                    .or(() -> first(fields, DUBLIN_CORE, "date").flatMap(FeedDates::iso));
            items.add(new FeedItem(url.get(), published, first(fields, "", "title")));
        }
        return new Feed(kind, items, List.of(), skipped);
    }

    /** An RSS 2.0 guid is the page's URL unless it says {@code isPermaLink="false"}. */
    private static Optional<String> permalink(List<Element> fields) {
        return fields.stream().filter(e -> e.depth() == 1 && e.name().equals("guid"))
                .filter(e -> !e.attribute("isPermaLink").equalsIgnoreCase("false"))
                .map(Element::text).filter(t -> !t.isEmpty()).findFirst();
    }

    /** Atom {@code <entry>}s: the alternate link (or the first without a rel), published else updated. */
    private static Feed atom(XMLStreamReader r, URI base) throws XMLStreamException {
        List<FeedItem> items = new ArrayList<>();
        int skipped = 0;
        while (SecureXml.nextStart(r)) {
            if (!r.getLocalName().equals("entry")) {
                continue;
            }
            List<Element> fields = SecureXml.descendants(r).stream().filter(e -> e.depth() == 1).toList();
            Optional<URI> url = fields.stream()
                    .filter(e -> e.name().equals("link") && ATOM.equals(e.namespace()))
                    .filter(e -> e.attribute("rel").isEmpty() || e.attribute("rel").equals("alternate"))
                    .map(e -> e.attribute("href")).filter(h -> !h.isEmpty()).findFirst()
                    .flatMap(href -> Urls.resolve(base, href));
            if (url.isEmpty()) {
                skipped++;
                continue;
            }
            Optional<String> published = first(fields, ATOM, "published").flatMap(FeedDates::iso)
                    .or(() -> first(fields, ATOM, "updated").flatMap(FeedDates::iso));
            items.add(new FeedItem(url.get(), published, first(fields, ATOM, "title")));
        }
        return new Feed(Feed.Kind.ATOM, items, List.of(), skipped);
    }

    /** The text of the first element of that name: "" namespace for RSS 2.0's, the RSS 1.0 one counts too. */
    static Optional<String> first(List<Element> fields, String namespace, String name) {
        return fields.stream()
                .filter(e -> e.name().equals(name))
                .filter(e -> e.namespace().equals(namespace)
                        || namespace.isEmpty() && e.namespace().startsWith("http://purl.org/rss/1.0"))
                .map(Element::text).filter(t -> !t.isEmpty()).findFirst();
    }

    private byte[] gunzipped(byte[] body) throws FeedFormatException {
        if (body.length < 2 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] xml = in.readNBytes(maxBytes + 1);
            if (xml.length > maxBytes) {
                throw new FeedFormatException("unpacks to more than " + maxBytes + " bytes");
            }
            return xml;
        } catch (IOException e) {
            throw new FeedFormatException("broken gzip: " + e.getMessage());
        }
    }
}
