package org.herald.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.herald.model.BodyConfidence;
import org.junit.jupiter.api.Test;

class BodyConfidenceModelTest {
    private final BodyConfidenceModel model = new BodyConfidenceModel(0.0, 0.5, List.of(
            new BodyConfidenceModel.Term("sentence_end_share", 0.5, 0.25, 2.0),
            new BodyConfidenceModel.Term("link_density", 0.1, 0.1, -1.0)),
            List.of(new BodyConfidenceModel.Doubt("duplicate_share", 0.3, "repeated paragraphs")));

    @Test
    void aBodyAtTheMeansIsAnEvenBet() {
        assertEquals(0.5, model.judge(Map.of("sentence_end_share", 0.5, "link_density", 0.1)).value(), 1e-12);
    }

    @Test
    void aDoubtfulBodyNamesTheSignalsAgainstItWorstFirst() {
        BodyConfidence c = model.judge(Map.of("sentence_end_share", 0.25, "link_density", 0.15));
        // z = 2 * (0.25 - 0.5) / 0.25 - (0.15 - 0.1) / 0.1 = -2.5
        assertEquals(1 / (1 + Math.exp(2.5)), c.value(), 1e-12);
        assertTrue(c.doubtful());
        assertEquals("sentence_end_share 0.25, link_density 0.15", c.doubt().get());
    }

    @Test
    void aConfidentBodyHasNoDoubt() {
        assertFalse(model.judge(Map.of("sentence_end_share", 1.0, "link_density", 0.0)).doubtful());
    }

    @Test
    void aHandWrittenDoubtCapsAnOtherwiseConfidentBody() {
        BodyConfidence c = model.judge(Map.of("sentence_end_share", 1.0, "link_density", 0.0, "duplicate_share", 0.5));
        assertEquals(0.25, c.value(), 1e-12, "half the threshold");
        assertEquals("repeated paragraphs (duplicate_share 0.50)", c.doubt().get());
    }

    @Test
    void theShippedModelLoadsAndNamesOnlyMeasuredSignals() {
        BodyConfidenceModel shipped = BodyConfidenceModel.load();
        String table = shipped.table("test");
        for (String line : table.split("\n")) {
            if (line.startsWith("#") || line.startsWith("bias") || line.startsWith("threshold")) continue;
            assertTrue(BodySignals.NAMES.contains(line.split("\t")[0]), line);
        }
    }
}
