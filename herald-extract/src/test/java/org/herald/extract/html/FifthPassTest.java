package org.herald.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.extract.ExtractSettings;
import org.herald.extract.date.DateParser;
import org.herald.extract.meta.BylineCleaner;
import org.herald.extract.meta.MetadataReader;
import org.herald.model.Article;
import org.herald.model.Warning;
import org.junit.jupiter.api.Test;

/** Script-built pages, grid class names, captions outside figures, headlines printed again, trailing credits (#10). */
class FifthPassTest {
    private final DateParser dates = new DateParser();

    private HtmlArticleExtractor extractor(ExtractSettings settings) {
        return new HtmlArticleExtractor(settings, dates,
                new MetadataReader(dates, new BylineCleaner(dates), Clock.systemUTC()));
    }

    private Article extract(String html) {
        return extract(html, ExtractSettings.defaults());
    }

    private Article extract(String html, ExtractSettings settings) {
        List<Warning> warnings = new ArrayList<>();
        return extractor(settings).extract("test", html, Optional.of("https://news.example/2024/05/03/talks"), warnings);
    }

    private static String sentence(String lead) {
        return lead + ", and officials said the talks, which began on Monday, would continue "
                + "for several days while delegations consulted their capitals.";
    }

    private static String para(String lead) {
        return "<p>" + sentence(lead) + "</p>";
    }

    /** A JavaScript string literal of {@code html}, escaped the way Next.js writes its flight data. */
    private static String jsString(String html) {
        return "\"" + html.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\u003c").replace(">", "\\u003e")
                + "\"";
    }

    @Test
    void takesTheStoryFromFlightDataWhenTheMarkupHasNone() {
        String story = "<div class=\"story\">" + para("First part") + para("Second part") + para("Third part")
                + para("Last part") + "</div>";
        String html = "<html><head><title>Talks resume</title></head><body><div id='app'><p>Loading…</p></div>"
                + "<script>self.__next_f.push([1," + jsString("1a:T9f0," + story) + "])</script></body></html>";
        Article a = extract(html);
        assertEquals(4, a.paragraphs().size(), a.body());
        assertTrue(a.paragraphs().get(0).startsWith("First part"), a.body());
        assertTrue(a.paragraphs().get(3).startsWith("Last part"), a.body());
    }

    @Test
    void aStrayQuoteInAScriptCommentDoesNotHideTheStory() {
        String story = para("First part") + para("Second part") + para("Third part") + para("Last part");
        String html = "<html><body><div id='app'></div><script>// the \"app\" shell's 12\" player\n"
                + "window.__NEXT_DATA__={\"props\":{\"body\":" + jsString(story) + "}}</script></body></html>";
        Article a = extract(html);
        assertEquals(4, a.paragraphs().size(), a.body());
    }

    @Test
    void takesPlainArticleBodyFromJsonLdWhenTheMarkupHasNone() {
        String body = sentence("First part") + "\\n\\n" + sentence("Second part") + "\\n" + sentence("Third part")
                + "\\n" + sentence("Last part");
        String html = "<html><head><title>Talks resume</title><script type='application/ld+json'>"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Talks resume\",\"articleBody\":\"" + body + "\"}"
                + "</script></head><body><div id='root'></div></body></html>";
        Article a = extract(html);
        assertEquals(4, a.paragraphs().size(), a.body());
        assertTrue(a.paragraphs().get(1).startsWith("Second part"), a.body());
    }

    @Test
    void keepsTheMarkupWhenItHoldsTheStory() {
        String other = "<p>" + sentence("Another story entirely") + "</p><p>" + sentence("More of it") + "</p>"
                + "<p>" + sentence("Its third paragraph") + "</p><p>" + sentence("Its end") + "</p>";
        String html = "<html><body><article>" + para("First part") + para("Second part") + para("Third part")
                + para("Last part") + "</article><script>window.__DATA__={\"html\":" + jsString(other)
                + "}</script></body></html>";
        Article a = extract(html);
        assertEquals(4, a.paragraphs().size(), a.body());
        assertFalse(a.body().contains("Another story"), a.body());
    }

    @Test
    void unfilledTemplatePlaceholdersAreFurniture() {
        ContentHints hints = ContentHints.load();
        assertTrue(hints.isFurnitureLine("$$ARTICLEAD$$"));
        assertTrue(hints.isFurnitureLine("{{ ad.slot }}"));
        assertFalse(hints.isFurnitureLine("The fund paid $$ in fees, a reader wrote."));
    }

    @Test
    void aGridClassDoesNotRescueACommentThread() {
        String comment = "<li class='member column comment'><div class='message-text'>" + para("A reader replied")
                + para("The reader went on") + "</div></li>";
        // Five paragraphs: a body under 500 characters would send the page to the attempts that keep such blocks.
        String html = "<html><body><article><div class='story'>" + para("First part") + para("Second part")
                + para("Third part") + para("Fourth part") + para("Last part") + "</div></article><ul class='thread'>" + comment + comment + comment + comment
                + "</ul></body></html>";
        Article a = extract(html);
        assertFalse(a.body().contains("A reader replied"), a.body());
        assertTrue(a.body().contains("First part"), a.body());
    }

    @Test
    void aContentWordStillRescuesABlockThatIsNotAGridName() {
        ContentHints hints = ContentHints.load();
        org.jsoup.nodes.Element e = org.jsoup.Jsoup.parse("<div class='story-column comment-on'></div>")
                .selectFirst("div");
        assertFalse(hints.isUnlikely(e));
        org.jsoup.nodes.Element grid = org.jsoup.Jsoup.parse("<div class='column comment'></div>").selectFirst("div");
        assertTrue(hints.isUnlikely(grid));
    }

    @Test
    void captionsOutsideFiguresAreLeftOutUnlessTheSettingKeepsThem() {
        String html = "<html><body><article>" + para("First part")
                + "<div class='img-box'><img src='a.jpg'><div class='caption'>Delegates arrive in Geneva on Monday.</div></div>"
                + para("Second part") + para("Third part") + para("Last part") + "</article></body></html>";
        Article dropped = extract(html);
        assertFalse(dropped.body().contains("Delegates arrive"), dropped.body());
        assertEquals(4, dropped.paragraphs().size(), dropped.body());
        Article kept = extract(html, ExtractSettings.defaults().withCaptionsInBody(true));
        assertTrue(kept.body().contains("Delegates arrive in Geneva on Monday."), kept.body());
    }

    @Test
    void dropsTheHeadlinePrintedAgainUnderAKicker() {
        List<String> paragraphs = List.of("World", "Talks resume in Geneva", sentence("First part"));
        assertEquals(List.of(sentence("First part")),
                HtmlArticleExtractor.withoutTitle(paragraphs, "Talks resume in Geneva"));
        List<String> runTogether = List.of("Markets tonightTalks resume in Geneva", sentence("First part"));
        assertEquals(List.of(sentence("First part")),
                HtmlArticleExtractor.withoutTitle(runTogether, "Talks resume in Geneva"));
    }

    @Test
    void keepsAHeadlineCopyOnceTheStoryHasBegun() {
        List<String> paragraphs = List.of(sentence("First part"), "Talks resume in Geneva", sentence("Last part"));
        assertEquals(paragraphs, HtmlArticleExtractor.withoutTitle(paragraphs, "Talks resume in Geneva"));
    }

    @Test
    void dropsAReportingCreditAtTheEndOnly() {
        TrailingNoteRemover notes = TrailingNoteRemover.load();
        List<String> body = new ArrayList<>();
        for (int i = 0; i < 6; i++) body.add(sentence("Part " + i));
        body.add("With files from The Associated Press");
        List<String> kept = notes.remove(body);
        assertEquals(6, kept.size(), kept.toString());
        List<String> early = new ArrayList<>(List.of(sentence("Part 0"), "With reporting by Jane Roe"));
        for (int i = 1; i < 7; i++) early.add(sentence("Part " + i));
        assertEquals(early, notes.remove(early));
    }

    @Test
    void newsletterBoxesAndCorrectionPromptsAreFurniture() {
        ContentHints hints = ContentHints.load();
        assertTrue(hints.isFurnitureLine("Newsletter: Sport inside"));
        assertTrue(hints.isFurnitureLine("Weitere Newsletter"));
        assertTrue(hints.isFurnitureLine("Fehler gefunden? Jetzt melden."));
        assertFalse(hints.isFurnitureLine("The newsletter, founded in 1998, reached 40,000 readers, its editor said."));
    }
}
