package org.herald.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.model.Article;
import org.herald.model.RelatedLink;
import org.herald.model.Warning;
import org.junit.jupiter.api.Test;

/** Whole scrapes in, article out. The samples are ours (see the README beside them): invented events and outlets. */
class ScrapedTextExtractorTest {

    /** Stands in for the real DateParser: "14 March 2022" and "Aug. 1, 2022" only. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2}) (January|March|August) (\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(Jan|Mar|Aug)\\. (\\d{1,2}), (\\d{4})");
    private static final Map<String, String> MONTHS = Map.of("January", "01", "March", "03", "August", "08",
            "Jan", "01", "Mar", "03", "Aug", "08");

    private final ScrapedTextExtractor extractor = new ScrapedTextExtractor(ScrapedTextExtractor::simpleNames,
            ScrapedTextExtractorTest::findDate);

    private static Optional<String> findDate(String text) {
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            return Optional.of(String.format("%s-%s-%02d", m.group(3), MONTHS.get(m.group(2)), Integer.parseInt(m.group(1))));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            return Optional.of(String.format("%s-%s-%02d", m.group(3), MONTHS.get(m.group(1)), Integer.parseInt(m.group(2))));
        }
        return Optional.empty();
    }

    @Test
    void shareBarLayoutYieldsEveryPart() {
        ScrapedPage page = read("sample-sharebar.txt");
        Article a = page.article();
        assertEquals(Optional.of("Wildfire forces thousands from homes near Thessia"), a.title());
        assertEquals(Optional.of("Firefighters battle a wildfire near the village of Kalyra, outside Thessia, on Monday, Aug. 1, 2022."),
                page.caption());
        assertEquals(Optional.of("Copyright Maria Lenz, Kestrel Press via AP"), page.credit());
        assertEquals(1, page.texts(LineRole.CAPTION).size(), "caption kept once");
        assertEquals(List.of("AP", "Kestrel News"), a.authors());
        assertEquals(Optional.of("Officials say the blaze was probably started by lightning and was fanned by strong winds overnight."),
                a.summary());
        assertEquals(7, a.paragraphs().size(), a.paragraphs().toString());
        assertTrue(a.paragraphs().get(0).startsWith("THESSIA, Greece (AP) — Thousands of residents"));
        assertTrue(a.paragraphs().contains("Evacuation orders"), "an article's own subheading stays");
        assertEquals("No injuries had been reported by Monday evening, the fire service said.", last(a.paragraphs()));
        assertEquals(List.of("Heatwave grips southern Europe as temperatures pass 40C", "Farmers count the cost of a dry summer",
                "Island ferries cancelled as gale warnings issued"), titles(a.related()));
        assertTrue(a.related().stream().allMatch(r -> r.url().isEmpty()));
        assertEquals(Optional.of("2022-08-01"), a.published(), "the caption's full date");
        assertTrue(a.publishedInferred());
        assertNoneSurvive(page, "Share this articleComments", "ADVERTISEMENT", "You might also like");
    }

    @Test
    void inlineLinksInsideTheBodyAreDroppedWithoutCuttingIt() {
        ScrapedPage page = read("sample-inline-links.txt");
        Article a = page.article();
        assertEquals(Optional.of("Parliament approves new rail link between Morvia and Talsen"), a.title());
        assertEquals(Optional.of("The 2.4-billion-euro line is due to open in 2029 and will cut journey times between the two capitals by half."),
                a.summary());
        assertEquals(List.of("Jonas Weir", "Lena Ostrova"), a.authors());
        assertEquals(Optional.of("2022-03-14"), a.published(), "from the date line");
        assertTrue(a.publishedInferred());
        assertEquals(Optional.empty(), page.caption());
        assertEquals(7, a.paragraphs().size(), a.paragraphs().toString());
        assertTrue(a.paragraphs().get(0).startsWith("MORVIA (Reuters) - Lawmakers in Morvia approved"));
        assertEquals("Critics say the route through the Selma valley will damage wetlands that are home to rare birds.",
                last(a.paragraphs()));
        assertEquals(List.of("Talsen unveils plan for electric buses in all cities by 2027",
                "Morvian farmers protest over land taken for new motorway"), titles(a.related()));
        assertNoneSurvive(page, "Kestrel News | World", "Advertisement", "Read more:", "Related:", "Reporting by",
                "© 2022", "All rights reserved", "Follow us", "Published 14 March");
    }

    @Test
    void consentNoticeNewsletterBoxAndListenBarAreDropped() {
        ScrapedPage page = read("sample-consent-newsletter.txt");
        Article a = page.article();
        assertEquals(Optional.of("Harbour city votes to ban cruise ships from old port"), a.title());
        assertEquals(Optional.of("Residents backed the ban by a wide margin in Sunday's referendum, the first of its kind in the region."),
                a.summary());
        assertEquals(List.of("Sofia Marant"), a.authors());
        assertEquals(Optional.of("A cruise ship moored at the old port of Bellmare in June."), page.caption());
        assertEquals(Optional.of("Photo: Tomas Ruel/Harbour Press"), page.credit());
        assertEquals(7, a.paragraphs().size(), a.paragraphs().toString());
        assertTrue(a.paragraphs().get(0).startsWith("Voters in the harbour city of Bellmare"));
        assertTrue(a.paragraphs().contains("What happens next"));
        assertTrue(last(a.paragraphs()).startsWith("\"We respect the decision of the voters"));
        assertEquals(List.of("Bellmare mayor announces plan for new tram line", "Storm damages fishing boats in southern harbours",
                "Chef from Bellmare wins national cooking prize"), titles(a.related()));
        assertEquals(Optional.empty(), a.published(), "\"3 hours ago\" is no full date");
        assertNoneSurvive(page, "cookies", "Accept all", "Manage preferences", "Skip to main content", "Listen to this article",
                "5 min read", "Sign up", "inbox", "Subscribe", "Click here", "Most read", "FacebookTwitter", "Updated 3 hours");
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        Article a = read("sample-hard-wrapped.txt").article();
        assertEquals(Optional.of("Library reopens after two-year restoration"), a.title());
        assertEquals(3, a.paragraphs().size(), a.paragraphs().toString());
        assertTrue(a.paragraphs().get(0).startsWith("The central library of Orvano reopened to readers on Saturday after a restoration"));
        assertEquals("The work cost 14 million euros, most of it paid for by a regional fund for historic buildings.",
                last(a.paragraphs()));
    }

    @Test
    void plainArticleWithoutFurnitureIsTitleAndBody() {
        String text = """
                Museum returns stolen painting to chapel
                A painting stolen from a village chapel in 1987 was returned on Friday, the culture ministry said.
                Police found the work last month in a private collection abroad.
                It will go back on display after restorers have cleaned it.
                """;
        Article a = extractor.extract("plain", text, Optional.empty(), new ArrayList<>());
        assertEquals(Optional.of("Museum returns stolen painting to chapel"), a.title());
        assertEquals(3, a.paragraphs().size(), a.paragraphs().toString());
        assertEquals(Optional.empty(), a.summary());
        assertTrue(a.authors().isEmpty());
    }

    @Test
    void emptyTextGivesAnEmptyArticle() {
        List<Warning> warnings = new ArrayList<>();
        ScrapedPage page = extractor.read("empty", "", Optional.empty(), warnings);
        assertEquals(Optional.empty(), page.article().title());
        assertTrue(page.article().paragraphs().isEmpty());
        assertTrue(page.lines().isEmpty());
        assertTrue(warnings.isEmpty());
        assertTrue(extractor.extract("blank", " \n\n \t\n", Optional.empty(), warnings).paragraphs().isEmpty());
    }

    @Test
    void singleShortLineIsATitle() {
        Article a = extractor.extract("one", "Storm closes mountain pass", Optional.of("https://example.org/a"), new ArrayList<>());
        assertEquals(Optional.of("Storm closes mountain pass"), a.title());
        assertTrue(a.paragraphs().isEmpty());
        assertEquals(Optional.of("https://example.org/a"), a.url());
    }

    @Test
    void singleSentenceIsABodyWithoutTitle() {
        List<Warning> warnings = new ArrayList<>();
        Article a = extractor.extract("one", "The mountain pass was closed on Tuesday after heavy snow, police said.",
                Optional.empty(), warnings);
        assertEquals(Optional.empty(), a.title());
        assertEquals(1, a.paragraphs().size());
        assertTrue(warnings.stream().anyMatch(w -> w.code().equals("text.no-title")));
    }

    @Test
    void keepsTheCaptionAndCreditAsAnImageWithoutUrl() {
        Article a = read("sample-sharebar.txt").article();
        assertEquals(Optional.empty(), a.image().orElseThrow().url());
        assertEquals(Optional.of("Copyright Maria Lenz, Kestrel Press via AP"), a.image().orElseThrow().credit());
        assertTrue(a.image().orElseThrow().caption().orElseThrow().startsWith("Firefighters battle a wildfire"));
    }

    @Test
    void namesTheSiteFromTheUrl() {
        Article a = extractor.extract("s", resource("sample-sharebar.txt"), Optional.of("https://www.apnews.com/x"),
                new ArrayList<>());
        assertEquals(Optional.of("AP News"), a.site());
    }

    @Test
    void captionFoundWarnsThatTheImageHasNoUrl() {
        List<Warning> warnings = new ArrayList<>();
        extractor.read("s", resource("sample-sharebar.txt"), Optional.empty(), warnings);
        assertTrue(warnings.stream().anyMatch(w -> w.code().equals("text.image-without-url")), warnings.toString());
    }

    @Test
    void defaultConstructorSplitsBylinesAndFindsNoDate() {
        Article a = new ScrapedTextExtractor().extract("s", resource("sample-inline-links.txt"), Optional.empty(), new ArrayList<>());
        assertEquals(List.of("Jonas Weir", "Lena Ostrova"), a.authors());
        assertEquals(Optional.empty(), a.published());
        assertFalse(a.publishedInferred());
    }

    @Test
    void simpleNamesStripsByAndSplits() {
        assertEquals(List.of("AP", "Kestrel News"), ScrapedTextExtractor.simpleNames("By AP & Kestrel News").authors());
        assertEquals(List.of("Ana Ruiz", "Tom Bell", "Kim Lo"), ScrapedTextExtractor.simpleNames("by Ana Ruiz, Tom Bell and Kim Lo").authors());
    }

    @Test
    void hundredThousandLinesAreReadInOnePass() {
        // Guards against quadratic work (a rescan per line would take hours here); not a benchmark.
        StringBuilder text = new StringBuilder("Long report on the harvest\n");
        for (int i = 0; i < 100_000; i++) {
            text.append(i % 50 == 7 ? "ADVERTISEMENT" : "Farmers in district " + i + " reported a good harvest of wheat and barley this year.")
                    .append('\n');
        }
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> extractor.extract("long", text.toString(), Optional.empty(), new ArrayList<>()));
        assertEquals(Optional.of("Long report on the harvest"), a.title());
        assertEquals(98_000, a.paragraphs().size());
    }

    private ScrapedPage read(String name) {
        return extractor.read(name, resource(name), Optional.empty(), new ArrayList<>());
    }

    /** Nothing the page hands on (title, summary, body, related, caption, credit, authors) holds a furniture line. */
    private static void assertNoneSurvive(ScrapedPage page, String... furniture) {
        Article a = page.article();
        List<String> out = new ArrayList<>(a.paragraphs());
        a.title().ifPresent(out::add);
        a.summary().ifPresent(out::add);
        out.addAll(titles(a.related()));
        out.addAll(a.authors());
        page.caption().ifPresent(out::add);
        page.credit().ifPresent(out::add);
        for (String f : furniture) {
            for (String kept : out) {
                assertFalse(kept.contains(f), () -> "furniture \"" + f + "\" survived in: " + kept);
            }
        }
    }

    private static List<String> titles(List<RelatedLink> related) {
        return related.stream().map(RelatedLink::title).toList();
    }

    private static String last(List<String> list) {
        return list.get(list.size() - 1);
    }

    private static String resource(String name) {
        try (InputStream in = ScrapedTextExtractorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
