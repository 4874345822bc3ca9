package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class OriginalCleanerTest {
    private final OriginalCleaner cleaner = new OriginalCleaner();

    private Document clean(String original) {
        return Jsoup.parse(cleaner.page(original.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void nothingThatRunsOrLoadsSurvives() {
        Document page = clean(new String(new SampleArticles().hostile.original().orElseThrow(), StandardCharsets.UTF_8));
        assertTrue(page.select("script, iframe, object, embed, form, input, svg, style, img, base, meta[http-equiv]")
                .isEmpty(), page.html());
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), e.tagName() + " keeps " + a);
                assertFalse(a.getKey().equals("style") || a.getKey().equals("srcdoc"), e.tagName() + " keeps " + a);
                assertFalse(a.getValue().toLowerCase().contains("javascript:"), e.tagName() + " keeps " + a);
            }
        }
    }

    @Test
    void textAndHttpLinksAreKept() {
        Document page = clean("<html><body><h1>Talks</h1><p>Lavrov <a href='https://example.org/ok'>spoke</a>"
                + " <a href='javascript:alert(1)'>bad</a>.</p></body></html>");
        assertEquals("Talks", page.selectFirst(".original h1").text());
        assertEquals("https://example.org/ok", page.selectFirst("a:contains(spoke)").attr("href"));
        assertEquals("nofollow noopener noreferrer", page.selectFirst("a:contains(spoke)").attr("rel"));
        assertFalse(page.selectFirst("a:contains(bad)").hasAttr("href"));
    }

    @Test
    void theTitleIsTextNotMarkup() {
        Document page = clean("<html><head><title>Hi <img src=x onerror=alert(1)></title></head><body><p>x</p></body></html>");
        assertTrue(page.select("img").isEmpty());
        assertEquals("Original (sanitised): Hi <img src=x onerror=alert(1)>", page.title());
    }

    @Test
    void plainTextKeepsItsLines() {
        Document page = clean("First line <script>alert(1)</script>\n\nSecond line");
        Element pre = page.selectFirst(".original pre");
        assertEquals("First line <script>alert(1)</script>\n\nSecond line", pre.wholeText());
        assertTrue(page.select("script").isEmpty());
    }
}
