package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.herald.model.json.AnalysisJson;
import org.herald.store.Store;
import org.herald.store.lucene.LuceneStore;
import org.herald.store.synthetic.SyntheticArticles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * #11: the web UI paged by offset, which the API refuses past its 10,000-hit window and which costs the server a
 * collection of every hit before the page. "More results" and "More quotes" now follow the API's cursors.
 */
class PagingBrowserIT {
    static final int ARTICLES = 45;

    @TempDir
    static Path dir;
    static Store store;
    static HeraldServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        store = LuceneStore.open(dir);
        SyntheticArticles synthetic = new SyntheticArticles(11, 2, LocalDate.parse("2024-01-01"), 30);
        AnalysisJson json = new AnalysisJson();
        for (int n = 0; n < ARTICLES; n++) store.put(synthetic.stored(n, json));
        store.commit();
        server = new HeraldServer(store, Optional.empty(), ServerSettings.readOnly(0)).start();
        browser = Browser.open("http://127.0.0.1:" + server.port());
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) browser.close();
        server.close();
        store.close();
    }

    @Test
    void moreResultsFollowsTheCursorToEveryArticleOnce() {
        browser.go("/");
        List<String> seen = new ArrayList<>();
        for (int page = 0; ; page++) {
            browser.waitFor(".hit");
            List<String> titles = browser.texts(".hit h2 a");
            seen.addAll(titles);
            assertEquals(String.valueOf(1 + 20 * page), browser.waitFor("ol.hits").getAttribute("start"));
            List<org.openqa.selenium.WebElement> more = browser.driver().findElements(By.cssSelector("a.more"));
            if (more.isEmpty()) break;
            String href = more.get(0).getAttribute("href");
            assertTrue(href.contains("cursor=") && !href.contains("offset="), href);
            more.get(0).click();
            browser.waitFor("ol.hits[start='" + (21 + 20 * page) + "']");
        }
        assertEquals(ARTICLES, seen.size(), seen.toString());
        assertEquals(ARTICLES, new HashSet<>(seen).size(), "no article twice");
        browser.assertNoConsoleErrors();
    }

    @Test
    void moreQuotesFollowsTheCursor() {
        long total = new Http(server.port()).get("/api/quotes?limit=1").json().path("total").asLong();
        assertTrue(total > 50, "the quotes must span pages: " + total);
        browser.go("/quotes.html");
        browser.waitFor(".quote");
        assertEquals(50, browser.all(".quote").size());
        String href = browser.waitFor("a.more").getAttribute("href");
        assertTrue(href.contains("cursor=") && !href.contains("offset="), href);
        browser.go(href.substring(href.indexOf("/quotes.html")));
        browser.waitFor(".quote");
        assertEquals(Math.min(50, total - 50), browser.all(".quote").size());
        assertFalse(browser.texts(".quote blockquote").isEmpty());
        browser.assertNoConsoleErrors();
    }
}
