package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.model.Article;
import org.herald.model.Outcome;
import org.herald.model.Reason;
import org.junit.jupiter.api.Test;

class JsonlRequestsTest {
    private final JsonlRequests requests = new JsonlRequests(new ArticleExtractor(ExtractSettings.defaults()));

    @Test
    void textIsKeptAsGivenWithBlankLinesBetweenParagraphs() {
        JsonlRequests.Request r = requests.read("{\"id\":\"a\",\"text\":\"First part.\\n\\nSecond part.\","
                + "\"published\":\"2024-03-04\",\"title\":\"T\",\"url\":\"https://x.example/a\"}", "line 1");
        Article a = ((Outcome.Ok<Article>) r.article()).value();
        assertEquals(Optional.of("a"), r.id());
        assertEquals(List.of("First part.", "Second part."), a.paragraphs());
        assertEquals(Optional.of("2024-03-04"), a.published());
        assertEquals(Optional.of("T"), a.title());
        assertEquals(Optional.of("https://x.example/a"), a.url());
    }

    @Test
    void badRequestsAreMalformedAndNameTheLine() {
        for (String line : List.of("[1,2]", "{\"text\":\"x\"}", "{\"id\":\"a\"}", "{\"id\":\"a\",\"text\":\"x\",\"html\":\"y\"}",
                "{\"id\":\"a\",\"text\":5}", "{\"id\":{},\"text\":\"x\"}", "{not json")) {
            JsonlRequests.Request r = requests.read(line, "in.jsonl:9");
            Outcome.Failed<Article> f = (Outcome.Failed<Article>) r.article();
            assertEquals(Reason.MALFORMED, f.reason(), line);
            assertTrue(f.detail().startsWith("in.jsonl:9: "), f.detail());
        }
    }

    // #11: a second JSON object on one line was silently dropped.
    @Test
    void twoObjectsOnOneLineAreMalformedNotHalfRead() {
        JsonlRequests.Request r = requests.read("{\"id\":\"a\",\"text\":\"First.\"} {\"id\":\"b\",\"text\":\"Second.\"}",
                "in.jsonl:3");
        Outcome.Failed<Article> f = (Outcome.Failed<Article>) r.article();
        assertEquals(Reason.MALFORMED, f.reason());
        assertTrue(f.detail().contains("more than one JSON value"), f.detail());
    }
}
