package org.herald.store.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** state-bodies.tsv loads, and its wildcards stand for one or more words. */
class StateBodiesTest {
    private final StateBodies bodies = new StateBodies();

    @Test
    void namesAndPatternsOfTheTable() {
        assertTrue(bodies.isStateBody("senate"));
        assertTrue(bodies.isStateBody("supreme-court"));
        assertTrue(bodies.isStateBody("ministry-of-defence"));
        assertTrue(bodies.isStateBody("ministry-of-foreign-affairs"));
        assertTrue(bodies.isStateBody("defence-ministry"));
        assertTrue(bodies.isStateBody("department-of-justice"));
    }

    @Test
    void namedOrganisationsAreNotStateBodies() {
        assertFalse(bodies.isStateBody("nato"));
        assertFalse(bodies.isStateBody("senate-armed-services-committee"));
        assertFalse(bodies.isStateBody("ministry")); // "ministry-of-*" needs a word after "of"
        assertFalse(bodies.isStateBody("google"));
    }
}
