package org.herald.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitlesTest {
    private final Titles titles = Titles.load();

    @Test
    void longestPhraseWinsAndIsNormalised() {
        var tokens = Texts.tokens("Russian/JJ/NATIONALITY foreign/JJ/TITLE minister/NN/TITLE Sergei/NNP/PERSON");
        assertEquals(Optional.of(new Titles.Match(1, 3, "Foreign Minister")), titles.endingAt(tokens, 3));
        assertEquals(Optional.of(new Titles.Match(1, 3, "Foreign Minister")), titles.startingAt(tokens, 1));
    }

    @Test
    void parserTitlesOutsideTheTableAreTitleCased() {
        var tokens = Texts.tokens("deputy/NN/TITLE secretary-general/NN/TITLE Amina/NNP/PERSON");
        assertEquals("Deputy Secretary-General", titles.endingAt(tokens, 2).orElseThrow().title());
    }

    @Test
    void nominalsReferBackToTheirOffice() {
        assertTrue(titles.refersTo("minister", "Foreign Minister"));
        assertTrue(titles.refersTo("diplomat", "Foreign Minister"));
        assertTrue(titles.refersTo("chancellor", "Chancellor"));
        assertFalse(titles.refersTo("chancellor", "Foreign Minister"));
        assertTrue(titles.refersTo("spokesman", "Spokesman"));
    }
}
