package org.herald.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.herald.model.analysis.EntityType;
import org.junit.jupiter.api.Test;

class MentionLinkerTest {
    @Test
    void surnamesJoinFullNamesButOtherFirstNamesDoNot() {
        Cluster c = cluster(EntityType.PERSON, "Olaf Scholz");
        assertTrue(MentionLinker.samePerson(c, "Scholz"));
        assertTrue(MentionLinker.samePerson(c, "Olaf Scholz"));
        assertFalse(MentionLinker.samePerson(c, "Lena Scholz"));
        assertFalse(MentionLinker.samePerson(c, "Olaf"));
        assertTrue(MentionLinker.sameFamilyNameFirst(cluster(EntityType.PERSON, "Wang Yi"), "Wang"));
    }

    @Test
    void organisationsJoinAcronymsAndShortForms() {
        assertEquals("NATO", MentionLinker.acronym("North Atlantic Treaty Organization"));
        assertEquals("UN", MentionLinker.acronym("United Nations"));
        assertTrue(MentionLinker.sameOrganization(cluster(EntityType.ORGANIZATION, "United Nations"), "U.N."));
        assertTrue(MentionLinker.sameOrganization(cluster(EntityType.ORGANIZATION, "NATO"),
                "North Atlantic Treaty Organization"));
        assertTrue(MentionLinker.sameOrganization(cluster(EntityType.ORGANIZATION, "Thomson Reuters"), "Reuters"));
        assertFalse(MentionLinker.sameOrganization(cluster(EntityType.ORGANIZATION, "European Union"), "Union"));
    }

    private static Cluster cluster(EntityType type, String name) {
        Cluster c = new Cluster(type, "k", name);
        c.addName(name);
        return c;
    }
}
