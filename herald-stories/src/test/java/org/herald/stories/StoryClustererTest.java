package org.herald.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    private static StoryDocument doc(String id, String text, String day) {
        return new StoryDocument(id, "", text, Optional.of(Instant.parse(day + "T09:00:00Z")));
    }

    @Test
    void theSameEventOnTwoSitesIsOneStoryAndAnotherEventOfTheSameKindIsAnother() {
        StoryClusterer c = StoryClusterer.defaults();
        StoryAssignment church = c.add(doc("church", Samples.FIRE_CHURCH, "2024-05-05"));
        StoryAssignment warehouse = c.add(doc("warehouse", Samples.FIRE_WAREHOUSE, "2024-05-06"));
        StoryAssignment striker = c.add(doc("striker", Samples.TRADE_STRIKER, "2024-05-06"));
        StoryAssignment keeper = c.add(doc("keeper", Samples.TRADE_KEEPER, "2024-05-06"));
        StoryAssignment otherSite = c.add(doc("other-site", Samples.FIRE_CHURCH_OTHER_SITE, "2024-05-05"));
        assertTrue(church.opensStory());
        assertEquals(church.story(), otherSite.story());
        assertTrue(otherSite.duplicateOf().isEmpty(), "a rewrite is not a copy");
        assertNotEquals(church.story(), warehouse.story());
        assertNotEquals(striker.story(), keeper.story());
        assertEquals(4, c.storyCount());
    }

    @Test
    void aSyndicatedCopyJoinsItsOriginalsStoryAndNamesIt() {
        StoryClusterer c = StoryClusterer.defaults();
        StoryAssignment original = c.add(doc("wire", Samples.TRADE_STRIKER, "2024-05-06"));
        c.add(doc("keeper", Samples.TRADE_KEEPER, "2024-05-06"));
        StoryAssignment copy = c.add(doc("paper",
                NearDuplicateIndexTest.syndicated(Samples.TRADE_STRIKER), "2024-05-06"));
        assertEquals(original.story(), copy.story());
        assertEquals(Optional.of("wire"), copy.duplicateOf());
    }

    @Test
    void aStoryClosesWhenTheWindowHasPassed() {
        StoryClusterer c = StoryClusterer.defaults();
        StoryAssignment may = c.add(doc("may", Samples.FIRE_CHURCH, "2024-05-05"));
        StoryAssignment july = c.add(doc("july", Samples.FIRE_CHURCH_OTHER_SITE, "2024-07-05"));
        assertNotEquals(may.story(), july.story());
    }

    @Test
    void anIdGivenTwiceIsACallerMistake() {
        StoryClusterer c = StoryClusterer.defaults();
        c.add(StoryDocument.ofText("a", Samples.FIRE_CHURCH));
        assertThrows(IllegalArgumentException.class, () -> c.add(StoryDocument.ofText("a", "other text")));
    }

    @Test
    void emptyAndForeignTextsEachOpenAStoryWithoutFailing() {
        StoryClusterer c = StoryClusterer.defaults();
        assertTrue(c.add(StoryDocument.ofText("empty", "")).opensStory());
        assertTrue(c.add(StoryDocument.ofText("zh", "北京举行马拉松比赛")).opensStory());
        assertTrue(c.add(StoryDocument.ofText("ar", "مرحبا بالعالم")).opensStory());
    }
}
