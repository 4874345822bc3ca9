package org.herald.events.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped weights on the real MiniLM vectors, and the rules of acting on a guess. */
class LearnedTypesTest {
    private static LearnedTypes shipped;

    @BeforeAll
    static void load() {
        shipped = LearnedTypes.load();
    }

    @Test
    void everyShippedLabelHasARowInTheCodeTable() {
        assertEquals(LearnedTypes.codes().keySet(), java.util.Set.copyOf(shipped.model().labels()));
        assertEquals(Optional.of("190"), LearnedTypes.codes().get("ASSAULT"));
        assertEquals(Optional.empty(), LearnedTypes.codes().get("NONE"));
        assertTrue(shipped.model().threshold() > 0.2 && shipped.model().threshold() < 0.9);
    }

    @Test
    void anAttackReadsAsMaterialConflictAndAMatchReportAsNoEvent() {
        LearnedTypes.Guess attack = shipped.guess(
                "Gunmen opened fire on a police checkpoint, killing four officers and wounding six.");
        assertTrue(attack.label().equals("ASSAULT") || attack.label().equals("COERCE"), attack.toString());
        LearnedTypes.Guess match = shipped.guess(
                "The striker scored twice in the second half as the home side won the cup final 3-1.");
        assertFalse(shipped.acts(match), match.toString());
        assertNotEquals(attack.label(), match.label());
    }

    @Test
    void actsOnlyOnATypeAtOrAboveTheThreshold() {
        SoftmaxModel model = new SoftmaxModel(List.of("ASSAULT", "NONE"), 0.6, new double[] {0, 0},
                new double[2][shipped.embedder().dimension()]);
        LearnedTypes types = new LearnedTypes(shipped.embedder(), model);
        assertTrue(types.acts(new LearnedTypes.Guess("ASSAULT", 0.6, Optional.of("190"))));
        assertFalse(types.acts(new LearnedTypes.Guess("ASSAULT", 0.59, Optional.of("190"))));
        assertFalse(types.acts(new LearnedTypes.Guess("NONE", 0.99, Optional.empty())));
        // All-zero weights: every label is equally likely, so the best is the first at 1/2, under the threshold.
        LearnedTypes.Guess g = types.guess("Anything at all.");
        assertEquals(0.5, g.probability(), 1e-9);
        assertFalse(types.acts(g));
    }

    @Test
    void weightsOfAnotherSizeOrAnUnknownLabelAreRefused() {
        SoftmaxModel small = new SoftmaxModel(List.of("ASSAULT"), 0.5, new double[1], new double[1][3]);
        assertThrows(IllegalStateException.class, () -> new LearnedTypes(shipped.embedder(), small));
        SoftmaxModel odd = new SoftmaxModel(List.of("PARADE"), 0.5, new double[1],
                new double[1][shipped.embedder().dimension()]);
        assertThrows(IllegalStateException.class, () -> new LearnedTypes(shipped.embedder(), odd));
    }
}
