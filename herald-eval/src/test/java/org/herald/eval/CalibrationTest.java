package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    private static List<ConfidenceCases.Labelled> events(double confidence, int right, int wrong) {
        List<ConfidenceCases.Labelled> out = new ArrayList<>();
        for (int i = 0; i < right + wrong; i++) out.add(new ConfidenceCases.Labelled("test", List.of(), confidence, i < right));
        return out;
    }

    @Test
    void confidencesThatMatchTheirBinsHaveNoCalibrationError() {
        List<ConfidenceCases.Labelled> all = new ArrayList<>(events(0.85, 17, 3));
        all.addAll(events(0.25, 1, 3));
        Calibration c = new Calibration(all);
        assertEquals(0, c.ece(), 1e-12);
        assertEquals(new Ratio(18, 24), c.precision());
        assertEquals(new Ratio(17, 20), c.precisionAt(0.7));
        double brier = (17 * 0.15 * 0.15 + 3 * 0.85 * 0.85 + 0.75 * 0.75 + 3 * 0.25 * 0.25) / 24;
        assertEquals(brier, c.brier(), 1e-12);
    }

    @Test
    void overconfidenceShowsAsCalibrationError() {
        Calibration c = new Calibration(events(0.95, 5, 5));
        assertEquals(0.45, c.ece(), 1e-12);
        assertTrue(c.markdown().contains("| 0.9-1.0 | 10 | 0.950 | 0.500 |"), c.markdown());
    }
}
