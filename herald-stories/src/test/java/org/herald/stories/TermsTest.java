package org.herald.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TermsTest {
    private final Terms terms = Terms.load(SimilaritySettings.defaults().withGrams(0, 0));

    @Test
    void stopWordTableLoadsAndItsWordsAreLeftOut() {
        Map<String, Double> w = terms.of(StoryDocument.ofText("d", "the fire and the church")).words();
        assertFalse(w.containsKey("the"));
        assertFalse(w.containsKey("and"));
        assertTrue(w.containsKey("fire"));
    }

    @Test
    void wordsAreCutToTheirStemPrefix() {
        Map<String, Double> w = terms.of(StoryDocument.ofText("d", "elections election")).words();
        assertEquals(1, w.size(), w.toString());
    }

    @Test
    void headlineWordsWeighMoreThanBodyWords() {
        Map<String, Double> w = terms.of(new StoryDocument("d", "storm", "quiet harbour", java.util.Optional.empty()))
                .words();
        assertTrue(w.get("storm") > w.get("quiet"), w.toString());
    }

    @Test
    void aShortFirstLineIsTakenAsTheHeadlineAndSoIsTextBeforeADoubleSpace() {
        assertEquals(5, Terms.headlineEnd("Storm  The storm hit."));
        assertEquals(5, Terms.headlineEnd("Storm\nThe storm hit."));
        assertEquals(-1, Terms.headlineEnd("x".repeat(300) + "\nbody"));
    }

    @Test
    void namesAndNumbersAreTheAnchors() {
        TermCounts c = terms.of(StoryDocument.ofText("d", "Yesterday the mayor met Ortiz in 2019 for lunch."));
        assertEquals(java.util.Set.of("ortiz", "2019"), c.anchors().keySet());
    }
}
