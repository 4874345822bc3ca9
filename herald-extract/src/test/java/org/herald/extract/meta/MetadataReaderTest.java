package org.herald.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.herald.extract.date.DateParser;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {
    private static final String URL = "https://news.example.org/2024/03/03/story.html";
    private final MetadataReader reader = new MetadataReader(new DateParser(), new BylineCleaner(),
            Clock.fixed(Instant.parse("2024-03-10T00:00:00Z"), ZoneOffset.UTC));

    private PageMetadata read(String html) {
        return reader.read(Jsoup.parse(html, URL), Optional.of(URL));
    }

    @Test
    void readsNewsArticleFromJsonLdGraph() {
        PageMetadata m = read("<html lang='en-GB'><head><script type='application/ld+json'>{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Example\"},{\"@type\":\"NewsArticle\",\"headline\":\"Dam bursts\","
                + "\"datePublished\":\"2024-03-03T10:15:00+01:00\",\"dateModified\":\"2024-03-04T08:00:00Z\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@id\":\"#roe\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Example Times\"},"
                + "\"image\":[{\"@type\":\"ImageObject\",\"url\":\"/img/dam.jpg\"}],\"articleSection\":\"World\"},"
                + "{\"@type\":\"Person\",\"@id\":\"#roe\",\"name\":\"John Roe\"}]}</script>"
                + "<title>Dam bursts | The Example Times</title></head><body><h1>Dam bursts</h1></body></html>");
        assertEquals(Optional.of("Dam bursts"), m.title());
        assertEquals(List.of("Jane Doe", "John Roe"), m.authors());
        assertEquals(Optional.of("2024-03-03T10:15:00+01:00"), m.published());
        assertEquals(Optional.of("2024-03-04T08:00:00Z"), m.modified());
        assertEquals(Optional.of("The Example Times"), m.siteName());
        assertEquals(Optional.of("https://news.example.org/img/dam.jpg"), m.image().flatMap(i -> i.url()));
        assertEquals(Optional.of("World"), m.section());
        assertEquals(Optional.of("NewsArticle"), m.type());
        assertEquals(Optional.of("en"), m.language());
    }

    @Test
    void toleratesBrokenJsonLdAndFallsBackToOpenGraph() {
        PageMetadata m = read("<head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": </script>"
                + "<meta property='og:title' content='Dam bursts - Example'><meta property='og:site_name' content='Example'>"
                + "<meta property='og:description' content='A dam burst.'><meta property='og:image' content='https://cdn.example.org/a.jpg'>"
                + "<meta property='article:published_time' content='2024-03-03'><meta name='author' content='By Jane Doe'>"
                + "<link rel='canonical' href='/2024/03/03/dam.html'></head><body></body>");
        assertEquals(Optional.of("Dam bursts"), m.title());
        assertEquals(List.of("Jane Doe"), m.authors());
        assertEquals(Optional.of("2024-03-03"), m.published());
        assertEquals(Optional.of("A dam burst."), m.summary());
        assertEquals(Optional.of("https://news.example.org/2024/03/03/dam.html"), m.canonicalUrl());
        assertEquals(Optional.of("https://cdn.example.org/a.jpg"), m.image().flatMap(i -> i.url()));
    }

    @Test
    void rejectsFutureDatesAndFallsBackToTheUrl() {
        PageMetadata m = read("<head><meta property='article:published_time' content='2031-01-01T00:00:00Z'></head><body></body>");
        assertEquals(Optional.of("2024-03-03"), m.published());
    }

    @Test
    void readsParselyMicrodataAndTimePubdate() {
        PageMetadata m = reader.read(Jsoup.parse("<head><meta name='parsely-page' content='{\"title\":\"Parsely title\","
                + "\"author\":\"Jane Doe\",\"pub_date\":\"2024-03-01T09:00:00Z\"}'></head><body></body>"), Optional.empty());
        assertEquals(Optional.of("Parsely title"), m.title());
        assertEquals(List.of("Jane Doe"), m.authors());
        assertEquals(Optional.of("2024-03-01T09:00:00Z"), m.published());

        PageMetadata micro = reader.read(Jsoup.parse("<body><article><h1 itemprop='headline'>Dam bursts</h1>"
                + "<span itemprop='author' itemscope><span itemprop='name'>John Roe</span></span>"
                + "<time pubdate datetime='2024-03-02'>2 March</time></article></body>"), Optional.empty());
        assertEquals(List.of("John Roe"), micro.authors());
        assertEquals(Optional.of("2024-03-02"), micro.published());
    }

    @Test
    void findsPrintedBylinesButNeverTheSiteOrADate() {
        PageMetadata m = read("<head><meta property='og:site_name' content='Example'><title>Dam bursts</title></head><body>"
                + "<nav><a class='author'>Sign in</a></nav><h1>Dam bursts</h1><div class='byline'>By Example</div>"
                + "<p>By Jane Doe and John Roe</p><p>Text.</p></body>");
        assertEquals(List.of("Jane Doe", "John Roe"), m.authors());
        PageMetadata linked = read("<body><h1>Dam bursts</h1><div class='author'><a href='/author/ben-silverman'>Ben Silverman</a>"
                + "<div>Games Editor</div></div></body>");
        assertEquals(List.of("Ben Silverman"), linked.authors());
        PageMetadata dated = read("<body><h1>Dam bursts</h1><span class='byline'>March 3, 2024</span></body>");
        assertEquals(List.of(), dated.authors());
    }

    @Test
    void cleansTheDocumentTitleWhenItIsTheOnlyTitle() {
        assertEquals(Optional.of("Dam bursts in the north"),
                read("<head><title>Dam bursts in the north | Example News</title></head><body></body>").title());
        assertEquals(Optional.of("Dam bursts in the north"),
                read("<head><title>Example: Dam bursts in the north</title></head><body><h1>Dam bursts in the north</h1></body>").title());
    }

    @Test
    void wikipediaStyleHeadlineThatDisagreesWithTheTitleIsSkipped() {
        PageMetadata m = read("<head><script type='application/ld+json'>{\"@type\":\"Article\",\"name\":\"New Zealand\","
                + "\"headline\":\"country in Oceania\"}</script><title>New Zealand - Wikipedia</title></head><body><h1>New Zealand</h1></body>");
        assertEquals(Optional.of("New Zealand"), m.title());
    }

    @Test
    void aBlogNamedAfterItsAuthorKeepsTheAuthor() {
        PageMetadata m = read("<head><meta property='og:site_name' content='Haki Example'><script type='application/ld+json'>"
                + "{\"@type\":\"BlogPosting\",\"author\":{\"@type\":\"Person\",\"name\":\"Haki Example\"}}</script></head><body></body>");
        assertEquals(List.of("Haki Example"), m.authors());
    }

    @Test
    void datelineGivesTheDayInTheYearOfTheModifiedDate() {
        PageMetadata m = reader.read(Jsoup.parse("<head><meta property='article:modified_time' content='2024-03-04T08:00:00Z'></head>"
                + "<body><p>MOSCOW, March 3 (Reuters) - Russia said on Sunday.</p></body>"), Optional.empty());
        assertEquals(Optional.of("2024-03-03"), m.published());
    }

    @Test
    void skipsInvalidValuesForTheNextSource() {
        PageMetadata m = read("<html lang='{{lang}}'><head><meta property='og:locale' content='fr_FR'>"
                + "<meta property='og:image' content='javascript:void(0)'><meta name='twitter:image' content='/t.jpg'>"
                + "<meta name='description' content='Tom &amp;amp; Jerry'></head><body></body></html>");
        assertEquals(Optional.of("fr"), m.language());
        assertEquals(Optional.of("https://news.example.org/t.jpg"), m.image().flatMap(i -> i.url()));
        assertEquals(Optional.of("Tom & Jerry"), m.summary());
    }

    @Test
    void emptyPageGivesEmptyMetadata() {
        assertEquals(PageMetadata.empty(), reader.read(Jsoup.parse(""), Optional.empty()));
    }

    @Test
    void keepsTheAgencyOfAPrintedBylineBesideTheReporterFromJsonLd() {
        PageMetadata m = read("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Port reopens\",\"author\":{\"@type\":\"Person\",\"name\":\"JANE DOE\"}}</script>"
                + "<meta property='og:site_name' content='Hosted'></head><body><h1>Port reopens</h1>"
                + "<div class='byline'>By Jane Doe, Reuters</div><p>Text.</p></body></html>");
        assertEquals(List.of("Jane Doe"), m.authors());
        assertEquals(List.of("Reuters"), m.agencies());
        assertEquals(Optional.of("news.example.org"), m.siteName(), "a junk site name gives way to the domain");
    }

    /** #10: the page's own statement of its body, to check the extracted body against. */
    @Test
    void theBodyHintIsJsonLdArticleBodyAsTextElseTheMicrodataElement() {
        PageMetadata json = read("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\","
                + " \"headline\": \"Talks\", \"articleBody\": \"<p>The talks resumed.</p><p>Both sides met.</p>\"}"
                + "</script></head><body><p>x</p></body></html>");
        assertEquals(Optional.of("The talks resumed. Both sides met."), json.bodyHint());
        PageMetadata micro = read("<html><body><div itemprop='articleBody'>The talks resumed.<br>Both sides met."
                + "</div></body></html>");
        assertEquals(Optional.of("The talks resumed. Both sides met."), micro.bodyHint());
        assertEquals(Optional.empty(), read("<html><body><p>The talks resumed.</p></body></html>").bodyHint());
    }
}
