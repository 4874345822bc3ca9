package org.herald.events.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogisticModelTest {
    private static final LogisticModel MODEL = new LogisticModel(-0.5, Map.of("root=19", 1.25, "target=none", -2.0));

    @Test
    void confidenceIsTheLogisticOfBiasPlusTheWeightsPresent() {
        assertEquals(1 / (1 + Math.exp(-(-0.5 + 1.25))), MODEL.confidence(List.of("root=19", "unknown")), 1e-12);
        assertEquals(1 / (1 + Math.exp(0.5)), MODEL.confidence(List.of()), 1e-12);
    }

    @Test
    void weightsRoundTripThroughTheTsv() throws IOException {
        StringWriter out = new StringWriter();
        MODEL.write(out, List.of("a test model"));
        assertTrue(out.toString().startsWith("# a test model\n"), out.toString());
        LogisticModel back = LogisticModel.read(new StringReader(out.toString()), "test");
        assertEquals(-0.5, back.bias(), 1e-9);
        assertEquals(1.25, back.weight("root=19"), 1e-9);
        assertEquals(-2.0, back.weight("target=none"), 1e-9);
        assertEquals(MODEL.confidence(List.of("root=19", "target=none")),
                back.confidence(List.of("root=19", "target=none")), 1e-9);
    }

    @Test
    void reasonsPutTheLargestEffectFirst() {
        assertEquals(List.of("target=none -2.00", "root=19 +1.25"),
                MODEL.reasons(List.of("root=19", "target=none", "unknown"), 5));
    }

    @Test
    void aBadRowNamesItsLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LogisticModel.read(new StringReader("# header\nroot=19\tmany\n"), "w.tsv"));
        assertTrue(e.getMessage().startsWith("w.tsv:2:"), e.getMessage());
    }

    @Test
    void theShippedWeightsLoadAndGiveConfidencesThatDiffer() {
        LogisticModel shipped = LogisticModel.load();
        double asserted = shipped.confidence(List.of("kind=svo", "root=19", "mode=asserted", "target=named"));
        double hypothetical = shipped.confidence(List.of("kind=svo", "root=19", "mode=hypothetical", "target=none"));
        assertTrue(asserted > 0 && asserted < 1 && hypothetical > 0 && hypothetical < 1);
        assertTrue(asserted != hypothetical, "the shipped model tells modes and targets apart");
    }
}
