package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.herald.events.confidence.LogisticModel;
import org.junit.jupiter.api.Test;

class LogisticFitTest {
    /** 40 examples: "good" always right, "bad" always wrong, "noise" on half of each, "rare" once; the penalty of
     * 1.0 keeps the fitted confidences near 0.9 and 0.1 rather than 1 and 0. */
    private static List<List<String>> examples(List<Boolean> labels) {
        List<List<String>> x = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean right = i % 2 == 0;
            List<String> f = new ArrayList<>(List.of(right ? "good" : "bad"));
            if (i % 4 < 2) f.add("noise");
            if (i == 0) f.add("rare");
            x.add(f);
            labels.add(right);
        }
        return x;
    }

    @Test
    void learnsASeparableToySet() {
        List<Boolean> y = new ArrayList<>();
        List<List<String>> x = examples(y);
        LogisticModel m = new LogisticFit(1.0, 2).fit(x, y);
        for (int i = 0; i < x.size(); i++) {
            double p = m.confidence(x.get(i));
            assertTrue(y.get(i) ? p > 0.8 : p < 0.2, "example " + i + " " + x.get(i) + ": " + p);
        }
        assertTrue(m.weight("good") > 2 && m.weight("bad") < -2, "good " + m.weight("good") + ", bad " + m.weight("bad"));
        assertEquals(0, m.weight("noise"), 0.05, "a feature as often right as wrong carries no weight");
        assertEquals(0, m.weight("rare"), 0, "a feature under the minimum count is left out");
    }

    @Test
    void aStrongerPenaltyKeepsWeightsSmaller() {
        List<Boolean> y = new ArrayList<>();
        List<List<String>> x = examples(y);
        double loose = new LogisticFit(0.1, 2).fit(x, y).weight("good");
        double tight = new LogisticFit(10, 2).fit(x, y).weight("good");
        assertTrue(tight < loose, tight + " < " + loose);
    }

    @Test
    void solvesALinearSystem() {
        double[] x = LogisticFit.solve(new double[][] {{0, 2}, {3, 1}}, new double[] {4, 5});
        assertArrayEquals(new double[] {1, 2}, x, 1e-12);
    }
}
