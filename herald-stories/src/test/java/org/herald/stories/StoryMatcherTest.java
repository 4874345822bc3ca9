package org.herald.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryMatcherTest {
    private final StoryMatcher matcher = StoryMatcher.defaults();
    private final DocumentFrequencies df = new DocumentFrequencies();

    private TermCounts counted(String text) {
        TermCounts c = matcher.terms(StoryDocument.ofText(text.substring(0, 20), text));
        df.add(c.words().keySet());
        return c;
    }

    @Test
    void aRewriteOfTheSameEventJoinsItsStoryAndAnotherEventOfTheSameKindDoesNot() {
        TermCounts church = counted(Samples.FIRE_CHURCH);
        TermCounts warehouse = counted(Samples.FIRE_WAREHOUSE);
        TermCounts otherSite = counted(Samples.FIRE_CHURCH_OTHER_SITE);
        Optional<Instant> day = Optional.of(Instant.parse("2024-05-05T09:00:00Z"));
        assertTrue(matcher.joins(matcher.similarity(otherSite, day, List.of(church), day, df)));
        assertFalse(matcher.joins(matcher.similarity(warehouse, day, List.of(church), day, df)));
    }

    @Test
    void aStoryOfNoArticlesIsSimilarToNothing() {
        assertEquals(0, matcher.similarity(counted(Samples.FIRE_CHURCH), Optional.empty(), List.of(),
                Optional.empty(), df));
    }

    @Test
    void queryTermsAreTheHeaviestAndAtMostTheSettingsSay() {
        TermCounts church = counted(Samples.FIRE_CHURCH);
        counted(Samples.FIRE_WAREHOUSE);
        List<String> top = matcher.queryTerms(church, df);
        assertEquals(matcher.settings().queryTerms(), top.size());
        assertTrue(top.contains("millb"), top.toString());
    }
}
