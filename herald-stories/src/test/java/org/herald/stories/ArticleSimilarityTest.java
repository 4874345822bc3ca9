package org.herald.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleSimilarityTest {
    private final ArticleSimilarity similarity = ArticleSimilarity.defaults();

    private double[] score(String... texts) {
        List<ArticleSimilarity.Pair> pairs = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < texts.length; i += 2) {
            pairs.add(new ArticleSimilarity.Pair(StoryDocument.ofText("a" + i, texts[i]),
                    StoryDocument.ofText("b" + i, texts[i + 1])));
        }
        return similarity.score(pairs);
    }

    @Test
    void sameStoryOnTwoSitesScoresAboveADifferentEventOfTheSameKind() {
        double[] s = score(Samples.FIRE_CHURCH, Samples.FIRE_CHURCH_OTHER_SITE,
                Samples.FIRE_CHURCH, Samples.FIRE_WAREHOUSE,
                Samples.FIRE_CHURCH, Samples.TRADE_STRIKER);
        assertTrue(s[0] > s[1] + 0.2, "same story " + s[0] + " vs other fire " + s[1]);
        assertTrue(s[1] >= s[2], "other fire " + s[1] + " vs football " + s[2]);
    }

    @Test
    void scoresStayWithinZeroAndOne() {
        double[] s = score(Samples.FIRE_CHURCH, Samples.FIRE_CHURCH, "", "", "x", Samples.TRADE_KEEPER);
        assertEquals(1.0, s[0], 1e-9);
        for (double v : s) assertTrue(v >= 0 && v <= 1, "out of range: " + v);
    }

    @Test
    void textsInOtherScriptsAndAcrossLanguagesNeverFail() {
        double[] s = score("北京举行马拉松比赛，三万人参加。", "Beijing marathon draws 30,000 runners",
                "Пожар в Москве: погибли три человека", "مرحبا بالعالم",
                "Angela Merkel trifft Emmanuel Macron in Berlin", "Angela Merkel meets Emmanuel Macron in Berlin");
        for (double v : s) assertTrue(v >= 0 && v <= 1);
        assertTrue(s[2] > 0.3, "German and English share the names: " + s[2]);
    }

    @Test
    void farApartDatesLowerTheScoreAndUnknownDatesDoNot() {
        Optional<Instant> day = Optional.of(Instant.parse("2024-05-01T10:00:00Z"));
        assertEquals(1.0, similarity.dateFactor(day, Optional.empty()));
        assertEquals(1.0, similarity.dateFactor(day, Optional.of(Instant.parse("2024-05-02T08:00:00Z"))));
        assertTrue(similarity.dateFactor(day, Optional.of(Instant.parse("2024-06-01T10:00:00Z"))) < 0.05);
    }
}
