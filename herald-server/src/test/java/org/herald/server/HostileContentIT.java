package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.herald.store.Store;
import org.herald.store.lucene.LuceneStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stored articles are hostile input. A page full of scripts, handlers, frames and javascript: links goes through
 * the real POST pipeline, and a hand-built article carries the same payloads in every text field; their article
 * pages and sanitised originals are opened in Chromium and nothing may run. The payloads set
 * {@code window.__pwned} and {@code document.title = 'PWNED'}.
 */
class HostileContentIT {
    static final String TOKEN = "hostile-token";

    @TempDir
    static Path dir;
    static Store store;
    static HeraldServer server;
    static Http http;
    static Browser browser;
    static SampleArticles samples = new SampleArticles();
    static String posted;

    @BeforeAll
    static void start() throws IOException {
        store = LuceneStore.open(dir);
        store.put(samples.hostile);
        store.commit();
        server = new HeraldServer(store, Optional.of(Pipeline.intake(store)), ServerSettings.readOnly(0).withToken(TOKEN))
                .start();
        http = new Http(server.port());
        // the same hostile page as the hand-built sample's original, with one byte more so it is a new article
        Http.Reply reply = http.send(http.request("/api/articles?url=" + Http.encode("https://evil.example/story"))
                .header("Content-Type", "text/html").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray((new String(samples.hostile.original().orElseThrow(),
                        java.nio.charset.StandardCharsets.UTF_8) + " ").getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertEquals(201, reply.status(), reply.body());
        posted = reply.json().path("id").asText();
        browser = Browser.open(http.base());
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) browser.close();
        server.close();
        store.close();
    }

    @AfterEach
    void nothingRan() {
        browser.assertNoAlert();
        assertEquals(Boolean.TRUE, browser.script("return typeof window.__pwned === 'undefined'"), "a payload ran");
        assertNotEquals("PWNED", browser.title());
        @SuppressWarnings("unchecked")
        List<String> dangerous = (List<String>) browser.script("""
                const found = [];
                for (const e of document.querySelectorAll('*')) {
                  for (const a of e.attributes) {
                    if (a.name.startsWith('on') || /^\\s*javascript:/i.test(a.value)) found.push(e.tagName + ' ' + a.name);
                  }
                  // our own pages have module scripts and the search forms (with ids); data brings neither
                  if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(e.tagName) && !e.src?.endsWith('.js'))
                    found.push(e.tagName);
                  if (e.tagName === 'FORM' && !e.id) found.push('FORM');
                }
                return found;""");
        assertEquals(List.of(), dangerous);
    }

    @Test
    void theHandBuiltArticleShowsItsMarkupAsText() {
        browser.go("/article.html?id=" + samples.hostile.id());
        String title = browser.waitFor("#title").getText();
        assertTrue(title.contains("<img src=x onerror="), title);
        browser.waitFor("#body .hl-entity");
        assertTrue(browser.waitFor("#body").getText().contains("<script>"));
        assertTrue(browser.waitFor("section.events").getText().contains("rule<img"));
        assertTrue(browser.all("section.related a").isEmpty(), "a javascript: related link became a link");
        assertTrue(browser.all("a[href^='javascript']").isEmpty());
        browser.screenshot("hostile-article");
    }

    @Test
    void theHandBuiltArticlesOriginalIsInert() {
        browser.go("/original/" + samples.hostile.id());
        assertTrue(browser.waitFor(".original").getText().contains("Mallory says hello"));
        browser.screenshot("hostile-original");
    }

    @Test
    void aPostedHostilePageIsInertOnItsArticlePage() {
        browser.go("/article.html?id=" + posted);
        browser.waitFor("#body");
        browser.screenshot("hostile-posted-article");
    }

    @Test
    void aPostedHostilePagesOriginalIsInert() {
        browser.go("/original/" + posted);
        browser.waitFor(".original");
        browser.screenshot("hostile-posted-original");
    }

    @Test
    void searchResultsShowHostileTitlesAsText() {
        browser.go("/");
        browser.waitFor(".hit");
        assertTrue(browser.texts(".hit h2 a").stream().anyMatch(t -> t.contains("<img src=x")), browser.texts(".hit h2 a").toString());
        browser.screenshot("hostile-search");
    }
}
