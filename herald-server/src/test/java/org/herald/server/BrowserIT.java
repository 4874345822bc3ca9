package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The web UI in headless Chromium over the real server and store: search, article, entity, dyad, quotes. */
class BrowserIT {
    @RegisterExtension
    static final ServerFixture fixture = ServerFixture.readOnlyForClass();
    static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.open(fixture.http.base());
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) browser.close();
    }

    @AfterEach
    void nothingWentWrongInThePage() {
        browser.assertNoAlert();
        browser.assertNoConsoleErrors();
    }

    private static List<String> texts(String css) {
        return browser.texts(css);
    }

    @Test
    void searchShowsResultsAndFacetsThatFilter() {
        browser.go("/");
        browser.waitFor(".hit");
        assertEquals(4, browser.all(".hit").size());
        WebElement box = browser.waitFor("input[name=q]");
        box.sendKeys("Lavrov", Keys.ENTER);
        browser.waitForTexts(".hit h2 a", List.of("Lavrov rejects Kyiv peace plan"));
        browser.screenshot("search");

        browser.go("/");
        browser.waitFor(".facet-sites a");
        browser.driver().findElement(By.linkText("example.org")).click();
        browser.waitForTexts(".hit h2 a",
                List.of("Russia and Ukraine agree prisoner exchange", "Lavrov rejects Kyiv peace plan"));
        assertTrue(texts(".chip").get(0).startsWith("site: example.org"));
        browser.screenshot("search-facet");
    }

    @Test
    void theHomePageShowsTheWeeksTopStories() {
        browser.go("/");
        browser.waitFor(".top-stories li");
        // one source each: the order is the API's tie-break, not this page's to say
        assertEquals(List.of("Mallory <img src=x onerror=\"" + SampleArticles.PAYLOAD + "\">",
                "Russia and Ukraine agree prisoner exchange"), texts(".top-stories li a").stream().sorted().toList());
        assertTrue(texts(".now h2").get(0).endsWith("2024-06-21"), texts(".now h2").toString());
        browser.screenshot("home-trends");
        browser.go("/?q=Lavrov");
        browser.waitFor(".hit");
        assertTrue(browser.all(".top-stories li").isEmpty(), "a search shows its results, not the week");
    }

    @Test
    void anArticleHighlightsEntitiesQuotesAndEvents() {
        browser.go("/?q=Lavrov");
        browser.waitFor(".hit h2 a").click();
        browser.waitFor("#body");
        assertEquals("Lavrov rejects Kyiv peace plan", browser.waitFor("#title").getText());
        assertTrue(texts("#body .hl-entity").contains("Sergei Lavrov"), texts("#body .hl-entity").toString());
        assertTrue(texts("#body .hl-quote").stream().anyMatch(t -> t.contains("The plan is a dead end")));
        assertTrue(browser.all("#body .hl-event").size() > 0);
        assertEquals(String.join("\n\n", fixture.samples.talks.analysis().article().paragraphs()),
                browser.script("return document.getElementById('body').textContent"),
                "highlighting must not change the text");
        String events = browser.waitFor("section.events").getText();
        assertTrue(events.contains("verb:reject+proposal"));
        assertTrue(browser.waitFor("section.quotes").getText().contains("told reporters"));
        // The stored analysis has only the code: the page names it from /api/cameo, beside the PLOVER type.
        browser.waitForTexts("section.events .event-type", List.of(
                "125 Reject proposal to meet, discuss, or negotiate · REJECT", "112 Accuse · ACCUSE",
                "194 Fight with artillery and tanks · ASSAULT"));
        assertEquals(List.of("asserted", "asserted", "reported"), texts("section.events .mode"));
        assertEquals(List.of("confidence 0.90", "confidence 0.90", "confidence 0.40"), texts("section.events .confidence"));
        // #11: actor links pointed to /entity.html?id=e1, the article's own id, which no entity page has.
        List<WebElement> actorLinks = browser.all("section.events a.entity-link");
        assertFalse(actorLinks.isEmpty(), "the events' actors are linked");
        for (WebElement link : actorLinks) {
            String href = link.getAttribute("href");
            assertTrue(href.contains("/entity.html?name=") && !href.matches(".*[?&]id=e\\d+.*"), href);
        }
        browser.screenshot("article");
    }

    @Test
    void anArticleLinksToItsStoryWhichListsItsArticlesAndEvents() {
        browser.go("/article.html?id=" + fixture.samples.talks.id());
        browser.waitFor("#story-link a").click();
        assertEquals("Lavrov rejects Kyiv peace plan", browser.waitFor("#title").getText());
        browser.waitForTexts("section.articles li a", List.of("Lavrov rejects Kyiv peace plan"));
        assertEquals(3, browser.all("section.events li.event").size());
        assertTrue(browser.waitFor("section.events").getText().contains("1 mention · 1 source · 1 article"));
        browser.go("/story.html");
        assertEquals(4, browser.waitFor("#stories").findElements(By.cssSelector("li.story-item")).size());
        browser.screenshot("story");
    }

    @Test
    void aStatementShowsItsCameoNameNeverNone() {
        // CAMEO 010 has no PLOVER type (PLOVER drops statements): the hostile sample's event is one.
        browser.go("/article.html?id=" + fixture.samples.hostile.id());
        browser.waitForTexts("section.events .event-type", List.of("010 Make statement"));
        assertFalse(browser.waitFor("section.events").getText().contains("NONE"));
        browser.go("/dyad.html?source=USA&target=GBR&mode=all");
        browser.waitForTexts("li.event .event-type", List.of("010 Make statement"));
        assertFalse(browser.waitFor("#events").getText().contains("NONE"));
    }

    @Test
    void anEntityPageFromAnArticle() {
        browser.go("/article.html?id=" + fixture.samples.talks.id());
        browser.waitFor("section.entities");
        browser.driver().findElement(By.linkText("Sergei Lavrov")).click();
        assertEquals("Sergei Lavrov", browser.waitFor("#name").getText());
        assertTrue(browser.waitFor("section.titles").getText().contains("Foreign Minister"));
        assertTrue(browser.waitFor("section.quotes").getText().contains("The plan is a dead end"));
        assertTrue(texts("section.co-mentions a").contains("Moscow"), texts("section.co-mentions a").toString());
        browser.screenshot("entity");
        browser.driver().findElement(By.linkText("Moscow")).click();
        browser.waitForTexts("#name", List.of("Moscow"));
    }

    @Test
    void aDyadPageDrawsItsTimeline() {
        browser.go("/dyad.html?source=RUS&target=UKR&interval=month");
        browser.waitFor(".uplot canvas");
        browser.waitFor("li.event");
        long painted = (Long) browser.script("""
                const c = document.querySelector('.uplot canvas');
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let n = 0;
                for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) n++;
                return n;""");
        assertTrue(painted > 1000, "the chart canvas is blank: " + painted + " painted pixels");
        // Asserted events by default (the reported shelling is left out), every mode when asked.
        assertEquals(List.of("asserted", "asserted"), texts("li.event .mode"));
        assertEquals("RUS", browser.waitFor("input[name=source]").getAttribute("value"));
        browser.screenshot("dyad");
        browser.go("/dyad.html?source=RUS&target=UKR&interval=month&mode=all");
        browser.waitFor("li.event");
        assertEquals(3, browser.all("li.event").size());
        assertTrue(texts("li.event .event-type").contains("194 Fight with artillery and tanks · ASSAULT"),
                texts("li.event .event-type").toString());
    }

    @Test
    void quoteSearchBySpeaker() {
        browser.go("/quotes.html");
        browser.waitFor(".quote");
        browser.waitFor("input[name=speaker]").sendKeys("Blinken", Keys.ENTER);
        browser.waitForTexts(".quote blockquote", List.of("We will stand with Ukraine,"));
        browser.screenshot("quotes");
    }
}
