package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the extraction evaluation on the shared Readability pages and fails when a score drops below its floor. */
class ExtractionFloorsIT {
    @Test
    void extractionScoresStayAboveTheCommittedFloors() {
        Path suite = SuiteLocator.suite(EvalCommand.READABILITY).orElseThrow(() -> new AssertionError(
                "shared/eval/" + EvalCommand.READABILITY + " not found beside the checkout; set HERALD_EVAL_DIR"));
        ExtractionReport report = ExtractionEval.html().run(suite);
        assertEquals(130, report.pages().size(), "the suite should hold 130 cases");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = EvalCommand.checkFloors(report::metric, EvalCommand.FLOORS, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(0, code, out.toString(StandardCharsets.UTF_8) + "\n" + report.markdown());
        for (Map.Entry<String, Double> floor : Floors.load(EvalCommand.FLOORS).entrySet()) {
            assertTrue(floor.getValue() > 0, "floor for " + floor.getKey() + " must be set");
        }
    }
}
