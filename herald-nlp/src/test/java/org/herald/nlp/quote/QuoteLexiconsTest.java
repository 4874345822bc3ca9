package org.herald.nlp.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.herald.model.analysis.EntityType;
import org.junit.jupiter.api.Test;

class QuoteLexiconsTest {
    private final QuoteLexicons lexicons = QuoteLexicons.load();

    @Test
    void everyTableLoads() {
        assertTrue(lexicons.verbCount() > 50);
        assertTrue(lexicons.verb("tell").orElseThrow().takesAddressee());
        assertTrue(lexicons.verb("deny").orElseThrow().objectContent());
        assertEquals(Optional.of(EntityType.PERSON), lexicons.speakerNoun("minister").orElseThrow().refers());
        assertEquals(Optional.empty(), lexicons.speakerNoun("official").orElseThrow().refers());
        assertEquals(Optional.of(EntityType.PERSON), lexicons.pronoun("She"));
    }

    @Test
    void unknownWordsAreNotCues() {
        assertTrue(lexicons.verb("eat").isEmpty());
        assertTrue(lexicons.pronoun("they").isEmpty(), "they stands for people more often than for one organisation");
    }

    @Test
    void itAndWeReferToAnOrganisationAndCognitionVerbsReportBeliefs() {
        assertEquals(Optional.of(EntityType.ORGANIZATION), lexicons.pronoun("it"));
        assertEquals(Optional.of(EntityType.ORGANIZATION), lexicons.pronoun("We"));
        assertTrue(lexicons.verb("believe").orElseThrow().belief());
        assertFalse(lexicons.verb("say").orElseThrow().belief());
    }
}
