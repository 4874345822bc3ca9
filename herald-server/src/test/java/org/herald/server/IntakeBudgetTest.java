package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.model.Span;
import org.herald.nlp.AnalyzeSettings;
import org.herald.nlp.Analyzer;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.TextParser;
import org.herald.nlp.text.Token;
import org.herald.pipeline.Ingestor;
import org.herald.store.lucene.LuceneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #11 item 2: one pathological document held a server thread for as long as its analysis ran. Now a POST has the
 * batch commands' per-document budget: past it the answer is 422 {@code timeout}, the analysis is interrupted and
 * the next POST is answered. Real extraction, ingestor, store and server; a parser that never ends on "take your
 * time" stands in for a page whose parse would take minutes (CoreNLP's models would cost seconds and a gigabyte).
 */
class IntakeBudgetTest {
    private static final String TOKEN = "budget-token";

    /** One sentence of whitespace tokens; spins until interrupted on "take your time". */
    private static final class EndlessParser implements TextParser {
        final CountDownLatch interrupted = new CountDownLatch(1);

        @Override
        public ParsedText parse(String text) {
            if (text.contains("take your time")) {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.onSpinWait();
                }
                interrupted.countDown();
            }
            List<Token> tokens = new ArrayList<>();
            for (java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(text); m.find(); ) {
                tokens.add(new Token(tokens.size(), new Span(m.start(), m.end()), m.group(), m.group(), "NN", "O"));
            }
            if (tokens.isEmpty()) return new ParsedText(text, List.of());
            Span all = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
            return new ParsedText(text, List.of(new Sentence(0, all, tokens, List.of())));
        }
    }

    private static String page(String title, String words) {
        return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>GENEVA, March"
                + " 4, 2024 - " + words + " Officials from both countries met in Geneva for two hours of talks on"
                + " trade, and agreed to meet again next month in Vienna, the ministry said.</p></article></body></html>";
    }

    private static Http.Reply post(Http http, String html) {
        return http.send(http.request("/api/articles").header("Content-Type", "text/html")
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(html)));
    }

    @Test
    void aDocumentPastItsBudgetIs422TimeoutAndTheServerGoesOn(@TempDir Path dir) throws Exception {
        EndlessParser parser = new EndlessParser();
        try (LuceneStore store = LuceneStore.open(dir)) {
            Ingestor ingestor = new Ingestor(new ArticleExtractor(ExtractSettings.defaults()),
                    new Analyzer(parser, Analyzer.Stages.none(), AnalyzeSettings.defaults()), store);
            ArticleIntake intake = new IngestorIntake(ingestor, store, Duration.ofSeconds(3));
            try (HeraldServer server = new HeraldServer(store, Optional.of(intake),
                    ServerSettings.readOnly(0).withToken(TOKEN)).start()) {
                Http http = new Http(server.port());
                long start = System.nanoTime();
                Http.Reply slow = post(http, page("Talks that never end", "Officials say take your time."));
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertEquals(422, slow.status(), slow.body());
                assertEquals("timeout", slow.errorCode());
                assertTrue(slow.json().path("error").path("message").asText().contains("took longer than 3 s"),
                        slow.body());
                assertTrue(millis < 15_000, "answered at its budget, not when the analysis ends: " + millis + " ms");
                assertTrue(parser.interrupted.await(10, TimeUnit.SECONDS), "the abandoned analysis was interrupted");

                Http.Reply fine = post(http, page("Ministers meet in Geneva", "Ministers spoke."));
                assertEquals(201, fine.status(), fine.body());
                assertEquals(200, http.get("/api/health").status());
                assertEquals(1, store.articleCount(), "only the page within its budget is stored");

                // The abandoned page is not "already stored": sent again, it is analysed again (and over again).
                Http.Reply again = post(http, page("Talks that never end", "Officials say take your time."));
                assertEquals("timeout", again.errorCode(), again.body());
            }
        }
    }
}
