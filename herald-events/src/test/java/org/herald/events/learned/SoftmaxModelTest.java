package org.herald.events.learned;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoftmaxModelTest {
    // Two dimensions, three labels: the first dimension votes for A, the second for B; C has a bias only.
    private static final SoftmaxModel MODEL = new SoftmaxModel(List.of("A", "B", "C"), 0.4,
            new double[] {0, 0, 0.5}, new double[][] {{3, 0}, {0, 3}, {0, 0}});

    @Test
    void probabilitiesSumToOneAndFollowTheWeights() {
        double[] p = MODEL.probabilities(new float[] {1, 0});
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-12);
        assertTrue(p[0] > p[2] && p[2] > p[1], java.util.Arrays.toString(p));
        double[] none = MODEL.probabilities(new float[] {0, 0});
        assertTrue(none[2] > none[0] && none[0] == none[1], "the bias decides when no dimension speaks");
    }

    @Test
    void largeScoresDoNotOverflow() {
        double[] p = MODEL.probabilities(new float[] {400, 0});
        assertEquals(1.0, p[0], 1e-9);
    }

    @Test
    void writtenModelReadsBackTheSame() throws IOException {
        StringWriter w = new StringWriter();
        MODEL.write(w, List.of("a test model"));
        assertTrue(w.toString().startsWith("# a test model\nlabels\tA\tB\tC\n"), w.toString());
        SoftmaxModel back = SoftmaxModel.read(new StringReader(w.toString()), "test.tsv");
        assertEquals(MODEL.labels(), back.labels());
        assertEquals(0.4, back.threshold(), 1e-9);
        assertEquals(2, back.dimension());
        float[] x = {0.3f, -0.7f};
        assertArrayEquals(MODEL.probabilities(x), back.probabilities(x), 1e-4);
    }

    @Test
    void aMalformedFileNamesItsLine() {
        String file = "labels\tA\tB\nthreshold\t0.5\nbias\t0\t0\n0\t1\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SoftmaxModel.read(new StringReader(file), "bad.tsv"));
        assertTrue(e.getMessage().startsWith("bad.tsv:4: "), e.getMessage());
        String skipped = "labels\tA\tB\nthreshold\t0.5\nbias\t0\t0\n1\t1\t2\n";
        assertThrows(IllegalStateException.class, () -> SoftmaxModel.read(new StringReader(skipped), "bad.tsv"));
        assertThrows(IllegalStateException.class, () -> SoftmaxModel.read(new StringReader("labels\tA\n"), "x"));
    }

    @Test
    void aVectorOfTheWrongSizeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MODEL.probabilities(new float[3]));
        assertThrows(IllegalArgumentException.class, () -> MODEL.withThreshold(1.5));
    }
}
