package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herald.nlp.corenlp.CoreNlpParser;
import org.junit.jupiter.api.Test;

/**
 * People's countries on the same sample of PolNeAR's dev split as {@link PolnearFloorsIT} (never tuned on), against
 * entities-polnear-floors.tsv (~40 s, loading CoreNLP included).
 */
class EntityPolnearFloorsIT {
    @Test
    void devSampleStaysAboveTheCommittedFloors() {
        Path dev = SuiteLocator.suite(QuoteEvalCommand.POLNEAR + "/dev").orElseThrow(() -> new AssertionError(
                "shared/eval/" + QuoteEvalCommand.POLNEAR + "/dev not found beside the checkout; set HERALD_EVAL_DIR"));
        Path phoenix = SuiteLocator.evalRoot().map(r -> r.resolve(PhoenixPeople.FILE)).filter(Files::isRegularFile)
                .orElseThrow(() -> new AssertionError("shared/eval/" + PhoenixPeople.FILE + " not found"));
        List<PolnearSuite.Article> articles = PolnearSuite.read(dev);
        assertEquals(84, articles.size(), "the dev split should hold 84 articles");
        SuiteReport report = new EntityEval(CoreNlpParser.defaults(), PhoenixPeople.read(phoenix))
                .score(NgecSuite.sample(articles, PolnearFloorsIT.SAMPLE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = EvalCommand.checkFloors(name -> report.metric(name).value(), EntityEvalCommand.FLOORS,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(0, code, out.toString(StandardCharsets.UTF_8) + "\n" + report.details());
    }
}
