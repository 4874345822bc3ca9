package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {
    @Test
    void aPerfectClusteringScoresOne() {
        ClusterScores s = ClusterScores.of(Map.of("a", "x", "b", "x", "c", "y"), Map.of("a", 1, "b", 1, "c", 2));
        assertEquals(1.0, s.bcubedF1(), 1e-9);
        assertEquals(1.0, s.pairF1(), 1e-9);
    }

    @Test
    void mergingTwoStoriesCostsPrecisionNotRecall() {
        // gold {a,b} {c}; found {a,b,c}: BCubed precision (2/3 + 2/3 + 1/3) / 3 = 5/9, recall 1.
        ClusterScores s = ClusterScores.of(Map.of("a", "x", "b", "x", "c", "y"), Map.of("a", 1, "b", 1, "c", 1));
        assertEquals(5.0 / 9, s.bcubedPrecision(), 1e-9);
        assertEquals(1.0, s.bcubedRecall(), 1e-9);
        assertEquals(1.0 / 3, s.pairPrecision(), 1e-9);
        assertEquals(1.0, s.pairRecall(), 1e-9);
    }

    @Test
    void splittingAStoryCostsRecall() {
        ClusterScores s = ClusterScores.of(Map.of("a", "x", "b", "x"), Map.of("a", 1, "b", 2));
        assertEquals(1.0, s.bcubedPrecision(), 1e-9);
        assertEquals(0.5, s.bcubedRecall(), 1e-9);
        assertEquals(0.0, s.pairRecall(), 1e-9);
    }

    @Test
    void differentDocumentSetsAreACallerMistake() {
        assertThrows(IllegalArgumentException.class, () -> ClusterScores.of(Map.of("a", "x"), Map.of("b", 1)));
    }
}
