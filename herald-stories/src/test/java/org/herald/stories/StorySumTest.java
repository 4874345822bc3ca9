package org.herald.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StorySumTest {
    private static Map<String, Double> words(StorySum sum) {
        String encoded = sum.encode(100);
        return TermCounts.decode(encoded.substring(encoded.indexOf('\n') + 1)).words();
    }

    @Test
    void aStoryWithoutItsSecondArticleKeepsTheFirstAndThirdArticlesWeights() {
        StorySum first = StorySum.decode("1\nw\tbank\t0.5\nw\tfine\t0.5\n");
        // The second article added bank 0.4 and a word of its own; the third bank, fine and shares 0.3 each.
        StorySum second = StorySum.decode("2\nw\tbank\t0.9\nw\tfine\t0.5\nw\tcriminals\t0.3\n");
        StorySum third = StorySum.decode("3\nw\tbank\t1.2\nw\tfine\t0.8\nw\tcriminals\t0.3\nw\tshares\t0.3\n");
        StorySum without = third.without(first, second);
        assertEquals(2, without.articles());
        Map<String, Double> w = words(without);
        assertEquals(Map.of("bank", 0.8, "fine", 0.8, "shares", 0.3).keySet(), w.keySet(), "criminals went with it");
        assertEquals(0.8, w.get("bank"), 1e-6);
        assertEquals(0.8, w.get("fine"), 1e-6);
        assertEquals(0.3, w.get("shares"), 1e-6);
        // The story's first article: the sum before it is empty.
        assertEquals("1\nw\tbank\t0.8\n", StorySum.decode("2\nw\tbank\t0.9\n").without(StorySum.empty(),
                StorySum.decode("1\nw\tbank\t0.1\n")).encode(100));
    }

    @Test
    void aStoryOfNoArticlesHasNoneToRemove() {
        assertThrows(IllegalStateException.class,
                () -> StorySum.empty().without(StorySum.empty(), StorySum.empty()));
    }
}
