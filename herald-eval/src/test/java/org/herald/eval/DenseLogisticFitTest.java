package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DenseLogisticFitTest {
    /** Feature 0 tells the classes apart; feature 1 is noise that leans the wrong way in this sample. */
    private static List<double[]> x() {
        List<double[]> x = new ArrayList<>();
        for (int i = 0; i < 40; i++) x.add(new double[] {i < 20 ? 0.2 + 0.01 * i : 0.6 + 0.01 * i, i % 3 == 0 ? 1 : 0});
        return x;
    }

    private static List<Boolean> y() {
        List<Boolean> y = new ArrayList<>();
        for (int i = 0; i < 40; i++) y.add(i >= 20 ^ (i == 3 || i == 25)); // two pages against the trend
        return y;
    }

    @Test
    void learnsThatTheInformativeFeatureRaisesTheOdds() {
        DenseLogisticFit.Fitted f = new DenseLogisticFit(1).fit(x(), y(), new int[] {0, 0});
        assertTrue(f.weights()[0] > 1, "weight " + f.weights()[0]);
        assertTrue(f.probability(new double[] {0.9, 0}) > 0.8);
        assertTrue(f.probability(new double[] {0.2, 0}) < 0.2);
    }

    @Test
    void aWeightOfTheWrongSignIsFixedAtZero() {
        DenseLogisticFit.Fitted free = new DenseLogisticFit(1).fit(x(), y(), new int[] {0, 0});
        int against = free.weights()[1] > 0 ? -1 : 1;
        DenseLogisticFit.Fitted kept = new DenseLogisticFit(1).fit(x(), y(), new int[] {0, against});
        assertEquals(0.0, kept.weights()[1], 1e-12);
        assertTrue(kept.weights()[0] > 1);
    }

    @Test
    void theScalesAreTheFeaturesStandardDeviations() {
        DenseLogisticFit.Fitted f = new DenseLogisticFit(1).fit(
                List.of(new double[] {0}, new double[] {2}), List.of(false, true), new int[] {0});
        assertEquals(1.0, f.means()[0], 1e-12);
        assertEquals(1.0, f.scales()[0], 1e-12);
    }
}
