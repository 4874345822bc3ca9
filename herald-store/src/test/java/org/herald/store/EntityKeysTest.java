package org.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.herald.model.analysis.EntityType;
import org.junit.jupiter.api.Test;

class EntityKeysTest {
    private final EntityKeys keys = new EntityKeys();

    @Test
    void typeAndNormalisedName() {
        assertEquals("person:sergei-lavrov", keys.key(EntityType.PERSON, "Sergei Lavrov"));
        assertEquals("organization:nato", keys.key(EntityType.ORGANIZATION, "NATO"));
        assertEquals("state-or-province:new-south-wales", keys.key(EntityType.STATE_OR_PROVINCE, "New South Wales"));
    }

    @Test
    void caseSpacingAndPunctuationDoNotSplitAnEntity() {
        assertEquals("sergei-lavrov", keys.normalise("  SERGEI   Lavrov "));
        assertEquals("u-s", keys.normalise("U.S."));
        assertEquals("jean-luc-melenchon", keys.normalise("Jean-Luc Mélenchon"));
        assertEquals("o-neill", keys.normalise("O'Neill"));
    }

    @Test
    void accentsAndSpecialLettersFoldToAscii() {
        assertEquals("jose-luis-rodriguez-zapatero", keys.normalise("José Luis Rodríguez Zapatero"));
        assertEquals("recep-tayyip-erdogan", keys.normalise("Recep Tayyip Erdoğan"));
        assertEquals("kemal-kilicdaroglu", keys.normalise("Kemal Kılıçdaroğlu"));
        assertEquals("lech-walesa", keys.normalise("Lech Wałęsa"));
        assertEquals("soren-weiss", keys.normalise("Søren Weiß"));
        assertEquals("aeroflot", keys.normalise("Æroflot"));
        assertEquals("fiat", keys.normalise("\uFB01at")); // the "fi" ligature
    }

    @Test
    void otherScriptsAreKeptLowerCased() {
        assertEquals("сергей-лавров", keys.normalise("Сергей Лавров"));
        assertEquals("习近平", keys.normalise("习近平"));
    }

    @Test
    void aNameWithoutLettersStillGetsAKey() {
        assertEquals("unnamed", keys.normalise("?!"));
        assertEquals("misc:unnamed", keys.key(EntityType.MISC, ""));
    }

    @Test
    void recognisesKeys() {
        assertTrue(keys.isKey("person:sergei-lavrov"));
        assertTrue(keys.isKey("state-or-province:bavaria"));
        assertFalse(keys.isKey("sergei lavrov"));
        assertFalse(keys.isKey("person:Sergei Lavrov"));
        assertFalse(keys.isKey("robot:r2-d2"));
        assertFalse(keys.isKey("person:"));
    }
}
