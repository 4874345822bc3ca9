package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StorySuitesTest {
    @Test
    void pairKeyDropsLanguageSuffixesAndOrder() {
        assertEquals("1483943089_1500000000", StorySuites.key("1500000000_1483943089en"));
        assertEquals(StorySuites.key("1483943089zh_1500000000"), StorySuites.key("1483943089_1500000000"));
    }

    @Test
    void pearsonOfALineIsOneAndOfItsMirrorMinusOne() {
        assertEquals(1.0, SimilarityEval.pearson(List.of(new double[] {0, 1}, new double[] {1, 3},
                new double[] {2, 5})), 1e-9);
        assertEquals(-1.0, SimilarityEval.pearson(List.of(new double[] {0, 1}, new double[] {1, -1})), 1e-9);
        assertEquals(0.0, SimilarityEval.pearson(List.of(new double[] {1, 1}, new double[] {1, 2})), 1e-9);
    }
}
