package org.herald.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private static final URI BASE = URI.create("https://news.example/feeds/world.xml");
    private final FeedParser parser = new FeedParser(1 << 20);

    private Feed parse(String xml) throws FeedFormatException {
        return parser.parse(xml.getBytes(StandardCharsets.UTF_8), BASE);
    }

    private static List<String> urls(Feed feed) {
        return feed.items().stream().map(i -> i.url().toString()).toList();
    }

    @Test
    void rss2ItemsGiveLinkPubDateAndTitleAndAGuidStandsInForAMissingLink() throws Exception {
        Feed feed = parse("""
                <?xml version="1.0"?>
                <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
                  <title>World</title><link>https://news.example/</link>
                  <atom:link href="https://news.example/feeds/world.xml" rel="self"/>
                  <item><title>Talks resume</title><link>https://news.example/2026/03/talks#top</link>
                    <pubDate>Wed, 04 Mar 2026 10:15:00 GMT</pubDate></item>
                  <item><title>Relative</title><link>/2026/03/relative</link>
                    <pubDate>Wed, 4 Mar 2026 10:15:00 EST</pubDate></item>
                  <item><guid>https://news.example/2026/03/by-guid</guid></item>
                  <item><guid isPermaLink="false">tag:news.example,2026:123</guid></item>
                </channel></rss>""");
        assertEquals(Feed.Kind.RSS, feed.kind());
        assertEquals(List.of("https://news.example/2026/03/talks", "https://news.example/2026/03/relative",
                "https://news.example/2026/03/by-guid"), urls(feed));
        assertEquals(Optional.of("2026-03-04T10:15Z"), feed.items().get(0).published());
        assertEquals(Optional.of("2026-03-04T10:15-05:00"), feed.items().get(1).published());
        assertEquals(Optional.of("Talks resume"), feed.items().get(0).title());
        assertEquals(1, feed.skipped(), "the guid that is no permalink gives no page");
    }

    @Test
    void rss091WithItsDoctypeIsReadWithoutFetchingTheDtd() throws Exception {
        Feed feed = parse("""
                <?xml version="1.0"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
                  "http://127.0.0.1:9/rss-0.91.dtd">
                <rss version="0.91"><channel><title>Old</title>
                  <item><title>One</title><link>https://news.example/one</link></item>
                </channel></rss>""");
        assertEquals(List.of("https://news.example/one"), urls(feed));
    }

    @Test
    void rss1RdfItemsGiveTheirLinkAndDublinCoreDate() throws Exception {
        Feed feed = parse("""
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://news.example/"><title>RDF</title>
                    <items><rdf:Seq><rdf:li rdf:resource="https://news.example/rdf-1"/></rdf:Seq></items>
                  </channel>
                  <item rdf:about="https://news.example/rdf-1"><title>First</title>
                    <link>https://news.example/rdf-1</link><dc:date>2026-03-02T08:00:00+01:00</dc:date></item>
                  <item rdf:about="https://news.example/rdf-2"><title>No link element</title></item>
                </rdf:RDF>""");
        assertEquals(Feed.Kind.RDF, feed.kind());
        assertEquals(List.of("https://news.example/rdf-1", "https://news.example/rdf-2"), urls(feed));
        assertEquals(Optional.of("2026-03-02T08:00+01:00"), feed.items().get(0).published());
    }

    @Test
    void atomEntriesGiveTheAlternateLinkAndPublishedElseUpdated() throws Exception {
        Feed feed = parse("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>
                  <link href="https://news.example/" rel="alternate"/>
                  <entry><title type="html">A &amp; B</title>
                    <link rel="self" href="https://news.example/api/1"/>
                    <link rel="alternate" href="https://news.example/atom-1"/>
                    <published>2026-03-01T12:00:00Z</published><updated>2026-03-03T12:00:00Z</updated></entry>
                  <entry><title>Two</title><link href="atom-2"/><updated>2026-03-03</updated></entry>
                  <entry><title>No link</title></entry>
                </feed>""");
        assertEquals(Feed.Kind.ATOM, feed.kind());
        assertEquals(List.of("https://news.example/atom-1", "https://news.example/feeds/atom-2"), urls(feed));
        assertEquals(Optional.of("2026-03-01T12:00Z"), feed.items().get(0).published());
        assertEquals(Optional.of("2026-03-03"), feed.items().get(1).published());
        assertEquals(Optional.of("A & B"), feed.items().get(0).title());
        assertEquals(1, feed.skipped());
    }

    @Test
    void aGoogleNewsSitemapGivesPublicationDateAndTitleAndAPlainSitemapsLastmodIsNoDate() throws Exception {
        Feed feed = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>https://news.example/news-1</loc>
                    <news:news><news:publication><news:name>The Example</news:name><news:language>en</news:language>
                      </news:publication><news:publication_date>2026-03-04T09:30:00+00:00</news:publication_date>
                      <news:title>Ferry timetable agreed</news:title></news:news></url>
                  <url><loc>https://news.example/plain</loc><lastmod>2026-01-01</lastmod></url>
                </urlset>""");
        assertEquals(Feed.Kind.SITEMAP, feed.kind());
        assertEquals(List.of("https://news.example/news-1", "https://news.example/plain"), urls(feed));
        assertEquals(Optional.of("2026-03-04T09:30Z"), feed.items().get(0).published());
        assertEquals(Optional.of("Ferry timetable agreed"), feed.items().get(0).title());
        assertEquals(Optional.empty(), feed.items().get(1).published());
    }

    @Test
    void aSitemapIndexListsSitemapsNewestFirstAndAGzippedOneIsUnpacked() throws Exception {
        String xml = """
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>sitemap-2.xml.gz</loc></sitemap>
                  <sitemap><loc>https://news.example/archive-2019.xml</loc><lastmod>2019-12-31</lastmod></sitemap>
                  <sitemap><loc>https://news.example/sitemap-1.xml</loc>
                    <lastmod>2026-03-04T06:00:00Z</lastmod></sitemap>
                </sitemapindex>""";
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        Feed feed = parser.parse(gz.toByteArray(), BASE);
        assertEquals(Feed.Kind.SITEMAP_INDEX, feed.kind());
        assertEquals(List.of(URI.create("https://news.example/sitemap-1.xml"),
                URI.create("https://news.example/archive-2019.xml"),
                URI.create("https://news.example/feeds/sitemap-2.xml.gz")), feed.sitemaps());
    }

    @Test
    void htmlEntitiesThatXmlNeverDeclaredAreReadAsTheirCharacters() throws Exception {
        Feed feed = parser.parse("""
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <rss version="2.0"><channel><title>Café news</title>
                  <item><title>Talks&nbsp;resume &mdash; caf&eacute; &amp; port &#233;</title>
                    <link>https://news.example/a?x=1&amp;y=2</link></item>
                </channel></rss>""".getBytes(StandardCharsets.ISO_8859_1), BASE);
        assertEquals(Optional.of("Talks\u00a0resume \u2014 caf\u00e9 & port \u00e9"), feed.items().get(0).title());
        assertEquals("https://news.example/a?x=1&y=2", feed.items().get(0).url().toString());
    }

    @Test
    void anExternalEntityIsNeverExpandedOrFetched() {
        FeedFormatException e = assertThrows(FeedFormatException.class, () -> parse("""
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><item><title>&secret;</title><link>https://news.example/x</link></item>
                </channel></rss>"""));
        assertTrue(e.getMessage().contains("secret"), e.getMessage());
    }

    @Test
    void htmlAndBrokenXmlAreNoFeeds() {
        assertThrows(FeedFormatException.class, () -> parse("<html><body>hello</body></html>"));
        assertThrows(FeedFormatException.class, () -> parse("<rss><channel><item>"));
        assertThrows(FeedFormatException.class, () -> parse("not xml at all"));
    }
}
