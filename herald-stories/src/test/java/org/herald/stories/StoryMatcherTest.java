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

    private final java.util.List<TermCounts> seen = new java.util.ArrayList<>();

    private TermCounts counted(String text) {
        TermCounts c = matcher.terms(StoryDocument.ofText(text.substring(0, 20), text));
        df.add(c.words().keySet());
        seen.add(c);
        return c;
    }

    private StoryVector vector(TermCounts c) {
        return matcher.vector(c, df);
    }

    @Test
    void aRewriteOfTheSameEventJoinsItsStoryAndAnotherEventOfTheSameKindDoesNot() {
        TermCounts church = counted(Samples.FIRE_CHURCH);
        TermCounts warehouse = counted(Samples.FIRE_WAREHOUSE);
        TermCounts otherSite = counted(Samples.FIRE_CHURCH_OTHER_SITE);
        Optional<Instant> day = Optional.of(Instant.parse("2024-05-05T09:00:00Z"));
        StorySum story = StorySum.empty().plus(vector(church));
        assertTrue(matcher.joins(matcher.similarity(vector(otherSite), day, story, day)));
        assertFalse(matcher.joins(matcher.similarity(vector(warehouse), day, story, day)));
    }

    @Test
    void aStoredSumScoresAsTheOneItWasReadFrom() {
        StorySum story = StorySum.empty().plus(vector(counted(Samples.FIRE_CHURCH)))
                .plus(vector(counted(Samples.FIRE_CHURCH_OTHER_SITE)));
        StoryVector warehouse = vector(counted(Samples.FIRE_WAREHOUSE));
        StorySum stored = StorySum.decode(story.encode(10_000));
        Optional<Instant> none = Optional.empty();
        assertEquals(2, stored.articles());
        assertEquals(matcher.similarity(warehouse, none, story, none),
                matcher.similarity(warehouse, none, stored, none), 1e-6);
    }

    @Test
    void aSumCutToItsHeaviestTermsScoresNearlyAsTheWholeOne() {
        StorySum story = StorySum.empty().plus(vector(counted(Samples.FIRE_CHURCH)));
        StoryVector otherSite = vector(counted(Samples.FIRE_CHURCH_OTHER_SITE));
        Optional<Instant> none = Optional.empty();
        double whole = matcher.similarity(otherSite, none, story, none);
        assertEquals(whole, matcher.similarity(otherSite, none, StorySum.decode(story.encode(30)), none), 0.05);
    }

    @Test
    void aStoryOfNoArticlesIsSimilarToNothing() {
        assertEquals(0, matcher.similarity(vector(counted(Samples.FIRE_CHURCH)), Optional.empty(), StorySum.empty(),
                Optional.empty()));
    }

    @Test
    void queryTermsAreTheHeaviestAndAtMostTheSettingsSay() {
        TermCounts church = counted(Samples.FIRE_CHURCH);
        counted(Samples.FIRE_WAREHOUSE);
        List<String> top = matcher.queryTerms(vector(church));
        assertEquals(matcher.settings().queryTerms(), top.size());
        assertTrue(top.contains("millb"), top.toString());
    }
}
