package org.herald.nlp.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The window a pronoun speaker looks back over: its paragraph and the one before. */
class SpeakerLinkerTest {
    private static final String BODY = "First paragraph.\n\nSecond paragraph.\n\nThird, where \"he\" said.";

    @Test
    void theWindowOpensAtThePreviousParagraph() {
        assertEquals(BODY.indexOf("Second"), SpeakerLinker.windowStart(BODY, BODY.indexOf("he\"")));
    }

    @Test
    void inTheSecondParagraphTheWindowOpensAtTheTop() {
        assertEquals(0, SpeakerLinker.windowStart(BODY, BODY.indexOf("paragraph", 20)));
    }

    @Test
    void inTheFirstParagraphTheWindowIsTheTop() {
        assertEquals(0, SpeakerLinker.windowStart(BODY, 5));
    }
}
