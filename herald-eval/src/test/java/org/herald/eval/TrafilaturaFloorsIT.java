package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML extractor on the held-out half of Trafilatura's corpus, against trafilatura-floors.tsv (~15 s). */
class TrafilaturaFloorsIT {
    @Test
    void heldOutSitesStayAboveTheCommittedFloors() {
        Path suite = SuiteLocator.suite(ExtractionSuiteCommand.TRAFILATURA).orElseThrow(() -> new AssertionError(
                "shared/eval/" + ExtractionSuiteCommand.TRAFILATURA + " not found beside the checkout; set HERALD_EVAL_DIR"));
        List<TrafilaturaSuite.Page> pages = TrafilaturaSuite.read(suite);
        assertEquals(990, pages.size(), "the corpus should hold 990 pages");
        SuiteReport report = new TrafilaturaEval().score(SuiteSplit.HELDOUT.select(pages, TrafilaturaSuite.Page::key));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = EvalCommand.checkFloors(name -> report.metric(name).value(), ExtractionSuiteCommand.TRAFILATURA_FLOORS,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(0, code, out.toString(StandardCharsets.UTF_8) + "\n" + report.details());
    }
}
