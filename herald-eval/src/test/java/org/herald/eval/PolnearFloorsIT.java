package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.herald.nlp.corenlp.CoreNlpParser;
import org.junit.jupiter.api.Test;

/** Quotes on a sample of PolNeAR's dev split (never tuned on), against polnear-floors.tsv (~1 minute). */
class PolnearFloorsIT {
    /** Articles scored: analysis runs at ~3 articles/s on 2 cores, so all 84 would add half a minute. */
    static final int SAMPLE = 60;

    @Test
    void devSampleStaysAboveTheCommittedFloors() {
        Path dev = SuiteLocator.suite(QuoteEvalCommand.POLNEAR + "/dev").orElseThrow(() -> new AssertionError(
                "shared/eval/" + QuoteEvalCommand.POLNEAR + "/dev not found beside the checkout; set HERALD_EVAL_DIR"));
        List<PolnearSuite.Article> articles = PolnearSuite.read(dev);
        assertEquals(84, articles.size(), "the dev split should hold 84 articles");
        SuiteReport report = new PolnearEval(CoreNlpParser.defaults()).score(NgecSuite.sample(articles, SAMPLE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = EvalCommand.checkFloors(name -> PolnearEval.metric(report, name), QuoteEvalCommand.POLNEAR_FLOORS,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(0, code, out.toString(StandardCharsets.UTF_8) + "\n" + report.details());
    }
}
