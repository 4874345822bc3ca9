package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleOverlapTest {
    @Test
    void identicalTextsScoreOne() {
        ShingleOverlap.Score s = ShingleOverlap.score("the talks resumed on monday in geneva", "The talks resumed on Monday in Geneva.");
        assertEquals(1.0, s.precision());
        assertEquals(1.0, s.recall());
    }

    @Test
    void extraTextLowersPrecisionAndMissingTextLowersRecall() {
        String gold = "one two three four five six";           // 3 shingles
        String ours = "one two three four five six seven eight"; // 5 shingles, all 3 gold ones among them
        ShingleOverlap.Score s = ShingleOverlap.score(ours, gold);
        assertEquals(3.0 / 5, s.precision(), 1e-9);
        assertEquals(1.0, s.recall(), 1e-9);
        ShingleOverlap.Score reverse = ShingleOverlap.score(gold, ours);
        assertEquals(1.0, reverse.precision(), 1e-9);
        assertEquals(3.0 / 5, reverse.recall(), 1e-9);
    }

    @Test
    void emptyExtractionScoresZeroRecall() {
        ShingleOverlap.Score s = ShingleOverlap.score("", "some gold text of five words");
        assertEquals(0.0, s.recall());
    }

    @Test
    void chineseCharactersAreWordsOfTheirOwn() {
        assertEquals(List.of("外", "交", "部", "said", "2024"), ShingleOverlap.words("外交部 said, 2024"));
    }
}
