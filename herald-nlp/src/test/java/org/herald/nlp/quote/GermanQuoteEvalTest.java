package org.herald.nlp.quote;

import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Scores direct quotes on the shared German Wikinews corpus, read in place; skipped where it is not present. */
class GermanQuoteEvalTest {
    private static final Path CORPUS = Path.of(System.getProperty("herald.eval.german-quotes",
            "/work/shared/eval/quotes/german-wikinews"));

    @Test
    void directQuotesOnTheTestSplit() {
        assumeTrue(Files.isDirectory(CORPUS.resolve("test")), "German Wikinews corpus not present");
        GermanQuoteEval eval = new GermanQuoteEval();
        QuoteScore dev = eval.score(CORPUS.resolve("dev"));
        QuoteScore test = eval.score(CORPUS.resolve("test"));
        System.out.println("German Wikinews direct quotes, dev:  " + dev.summary());
        System.out.println("German Wikinews direct quotes, test: " + test.summary());
        assertTrue(test.contentF1() > 0.5, test.summary());
    }
}
