package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML extractor on the held-out half of the Fundus pages, against fundus-floors.tsv (~10 s). */
class FundusFloorsIT {
    @Test
    void heldOutPublishersStayAboveTheCommittedFloors() {
        Path suite = SuiteLocator.suite(ExtractionSuiteCommand.FUNDUS).orElseThrow(() -> new AssertionError(
                "shared/eval/" + ExtractionSuiteCommand.FUNDUS + " not found beside the checkout; set HERALD_EVAL_DIR"));
        List<FundusSuite.Page> pages = FundusSuite.read(suite);
        assertEquals(258, pages.size(), "the suite should hold 258 pages");
        ExtractionReport report = new FundusEval().score(SuiteSplit.HELDOUT.select(pages, FundusSuite.Page::publisher));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = EvalCommand.checkFloors(report::metric, ExtractionSuiteCommand.FUNDUS_FLOORS,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(0, code, out.toString(StandardCharsets.UTF_8) + "\n" + report.markdown());
    }
}
